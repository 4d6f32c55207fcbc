package id.sinergi.infoharga.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A snapshot of the master data (markets, groups, commodities, reference prices, outlets) with the look-ups every
 * use case needs. Immutable; take a new one after master data changes.
 */
public record Catalog(List<Market> markets, List<CommodityGroup> groups, List<Commodity> commodities,
                      List<ReferencePrice> referencePrices, List<Outlet> outlets) {

    public Catalog {
        markets = List.copyOf(markets);
        groups = List.copyOf(groups);
        commodities = commodities.stream().sorted(Comparator.comparingInt(Commodity::sortOrder)
                .thenComparing(Commodity::code)).toList();
        referencePrices = List.copyOf(referencePrices);
        outlets = List.copyOf(outlets);
    }

    public Market market(int id) {
        return byId(markets, Market::id).get(id);
    }

    public Commodity commodity(int id) {
        return byId(commodities, Commodity::id).get(id);
    }

    public CommodityGroup group(int id) {
        return byId(groups, CommodityGroup::id).get(id);
    }

    public Outlet outlet(int id) {
        return byId(outlets, Outlet::id).get(id);
    }

    public CommodityGroup groupOf(Commodity c) {
        return group(c.groupId());
    }

    /** A market by its code or its name, ignoring case and spacing ("pasar  dinoyo", "DINOYO"). */
    public Optional<Market> findMarket(String codeOrName) {
        String key = Codes.matchKey(codeOrName);
        return markets.stream().filter(m -> Codes.matchKey(m.code()).equals(key)
                || Codes.matchKey(m.name()).equals(key)).findFirst();
    }

    /** A commodity by code, by name with variant ("Beras Medium"), ignoring case and spacing. */
    public Optional<Commodity> findCommodity(String codeOrName) {
        String key = Codes.matchKey(codeOrName);
        return commodities.stream().filter(c -> Codes.matchKey(c.code()).equals(key)
                || Codes.matchKey(c.displayName()).equals(key)).findFirst();
    }

    public Optional<Outlet> findOutlet(String codeOrName) {
        String key = Codes.matchKey(codeOrName);
        return outlets.stream().filter(o -> Codes.matchKey(o.code()).equals(key)
                || Codes.matchKey(o.name()).equals(key)).findFirst();
    }

    /** The reference price of a commodity in force on a day, if any. */
    public Optional<ReferencePrice> referenceOn(int commodityId, LocalDate day) {
        return referencePrices.stream().filter(r -> r.commodityId() == commodityId && r.validOn(day))
                .max(Comparator.comparing(ReferencePrice::validFrom));
    }

    public List<Market> activeMarkets() {
        return markets.stream().filter(Market::active).toList();
    }

    public List<Commodity> activeCommodities() {
        return commodities.stream().filter(Commodity::active).toList();
    }

    private static <T> Map<Integer, T> byId(List<T> items, Function<T, Integer> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
