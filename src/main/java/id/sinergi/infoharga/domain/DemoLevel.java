package id.sinergi.infoharga.domain;

/**
 * How one commodity behaves in generated demo data: its price level today (Rp), the step traders quote in, the
 * yearly trend, the size of its own swings (standard deviation of the log price, e.g. 0.30 for chilli) and the
 * lift at the peak before Idulfitri (a fraction; Iduladha and Christmas–New Year lift less).
 */
public record DemoLevel(String commodityCode, long levelRp, long stepRp, double trendPerYear, double swing,
                        double holidayLift) {
    public DemoLevel {
        Codes.requireCode(commodityCode);
        if (levelRp <= 0 || stepRp <= 0 || swing < 0 || holidayLift < 0) {
            throw new IllegalArgumentException("bad demo level for " + commodityCode);
        }
    }
}
