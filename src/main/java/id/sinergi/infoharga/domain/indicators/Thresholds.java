package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;

import java.util.Map;

/**
 * Every commodity's alert thresholds: the stored ones, else the defaults of its group (a commodity added after
 * the thresholds were seeded still gets sensible ones).
 */
public record Thresholds(Map<Integer, AlertThresholds> stored, Catalog catalog) {
    public Thresholds {
        stored = Map.copyOf(stored);
    }

    public AlertThresholds of(int commodityId) {
        AlertThresholds t = stored.get(commodityId);
        if (t != null) {
            return t;
        }
        Commodity c = catalog.commodity(commodityId);
        return AlertThresholds.defaults(commodityId, c != null && catalog.groupOf(c).volatileGroup());
    }
}
