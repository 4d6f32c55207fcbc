package id.sinergi.infoharga.domain;

/** A commodity group (kelompok) carrying an inflation weight; volatile groups (cabai, bawang) get wider thresholds. */
public record CommodityGroup(int id, String code, String name, double weight, boolean volatileGroup) {
    public CommodityGroup {
        Codes.requireCode(code);
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
    }
}
