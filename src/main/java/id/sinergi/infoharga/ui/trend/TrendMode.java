package id.sinergi.infoharga.ui.trend;

/** What the trend shows: the regency price with its band, up to five markets, or all markets as a heat map. */
public enum TrendMode {
    REGENCY("trend.mode.regency"), COMPARE("trend.mode.compare"), HEAT_MAP("trend.mode.heatMap");

    private final String labelKey;

    TrendMode(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
