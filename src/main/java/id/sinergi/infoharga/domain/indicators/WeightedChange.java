package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted change and each group's contribution (andil), DESIGN §4: a group's change r_g is the mean of its
 * variants' defined changes; {@code R = Σ w_g r_g / Σ w_g} over the weighted groups with a defined r_g; the
 * contribution of g is {@code w_g r_g / Σ w_g} percentage points, so the contributions add up to R. {@code pct}
 * is null when no weighted group has a defined change.
 */
public record WeightedChange(Double pct, double totalWeight, List<GroupContribution> groups) {
    public WeightedChange {
        groups = List.copyOf(groups);
    }

    public record GroupContribution(int groupId, String code, String name, double weight, double changePct,
                                    int variants, double contribution) {
    }

    /** @param changeByCommodity the defined changes by commodity id (undefined ones left out) */
    public static WeightedChange of(Catalog catalog, Map<Integer, Double> changeByCommodity) {
        Map<Integer, double[]> byGroup = new LinkedHashMap<>();
        for (Commodity c : catalog.commodities()) {
            Double r = changeByCommodity.get(c.id());
            if (r != null && !r.isNaN()) {
                double[] s = byGroup.computeIfAbsent(c.groupId(), k -> new double[2]);
                s[0] += r;
                s[1]++;
            }
        }
        double totalWeight = 0;
        for (CommodityGroup g : catalog.groups()) {
            if (g.weight() > 0 && byGroup.containsKey(g.id())) {
                totalWeight += g.weight();
            }
        }
        if (totalWeight == 0) {
            return new WeightedChange(null, 0, List.of());
        }
        List<GroupContribution> groups = new ArrayList<>();
        double sum = 0;
        for (CommodityGroup g : catalog.groups()) {
            double[] s = byGroup.get(g.id());
            if (g.weight() > 0 && s != null) {
                double r = s[0] / s[1];
                double contribution = g.weight() * r / totalWeight;
                sum += contribution;
                groups.add(new GroupContribution(g.id(), g.code(), g.name(), g.weight(), r, (int) s[1],
                        contribution));
            }
        }
        return new WeightedChange(sum, totalWeight, groups);
    }
}
