package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;

/**
 * The thresholds of one commodity's alerts (DESIGN §5), each editable. Reference gap in % above the HET or the
 * upper end of the HAP: a gap above {@code refWaspada} is Waspada, above {@code refSiaga} Siaga, above
 * {@code refAwas} Awas (so 0 / 5 / 15 give ≤0 Normal, (0,5] Waspada, (5,15] Siaga, >15 Awas). Week rise in %: at
 * or above {@code riseWaspada} Waspada, and so on. Days of WULANDARI cover: below {@code coverWaspada} Waspada,
 * below {@code coverSiaga} Siaga, below {@code coverAwas} (or an empty stock) Awas.
 */
public record AlertThresholds(int commodityId, double refWaspada, double refSiaga, double refAwas,
                              double riseWaspada, double riseSiaga, double riseAwas,
                              double coverWaspada, double coverSiaga, double coverAwas) {

    public AlertThresholds {
        if (!(refWaspada <= refSiaga && refSiaga <= refAwas && riseWaspada <= riseSiaga && riseSiaga <= riseAwas
                && coverWaspada >= coverSiaga && coverSiaga >= coverAwas && coverAwas >= 0)) {
            throw new IllegalArgumentException("thresholds out of order for commodity " + commodityId);
        }
    }

    /** The defaults of DESIGN §5: staples rise 5/10/20 %, volatile groups (cabai, bawang) 15/30/50 %. */
    public static AlertThresholds defaults(int commodityId, boolean volatileGroup) {
        return volatileGroup
                ? new AlertThresholds(commodityId, 0, 5, 15, 15, 30, 50, 7, 3, 1)
                : new AlertThresholds(commodityId, 0, 5, 15, 5, 10, 20, 7, 3, 1);
    }

    public AlertLevel referenceLevel(double gapPct) {
        if (gapPct > refAwas) {
            return AlertLevel.AWAS;
        }
        if (gapPct > refSiaga) {
            return AlertLevel.SIAGA;
        }
        return gapPct > refWaspada ? AlertLevel.WASPADA : AlertLevel.NORMAL;
    }

    /** The level of a week rise; a fall is Normal. */
    public AlertLevel riseLevel(double weekPct) {
        if (weekPct >= riseAwas) {
            return AlertLevel.AWAS;
        }
        if (weekPct >= riseSiaga) {
            return AlertLevel.SIAGA;
        }
        return weekPct >= riseWaspada ? AlertLevel.WASPADA : AlertLevel.NORMAL;
    }

    /** The threshold a level was reached by, for showing beside the value. */
    public double riseThreshold(AlertLevel level) {
        return switch (level) {
            case NORMAL, WASPADA -> riseWaspada;
            case SIAGA -> riseSiaga;
            case AWAS -> riseAwas;
        };
    }

    public double referenceThreshold(AlertLevel level) {
        return switch (level) {
            case NORMAL, WASPADA -> refWaspada;
            case SIAGA -> refSiaga;
            case AWAS -> refAwas;
        };
    }

    /** Level of a stock's days of cover; {@code Double.POSITIVE_INFINITY} when nothing flows out. */
    public AlertLevel coverLevel(double days) {
        if (days < coverAwas) {
            return AlertLevel.AWAS;
        }
        if (days < coverSiaga) {
            return AlertLevel.SIAGA;
        }
        return days < coverWaspada ? AlertLevel.WASPADA : AlertLevel.NORMAL;
    }

    public double coverThreshold(AlertLevel level) {
        return switch (level) {
            case NORMAL, WASPADA -> coverWaspada;
            case SIAGA -> coverSiaga;
            case AWAS -> coverAwas;
        };
    }
}
