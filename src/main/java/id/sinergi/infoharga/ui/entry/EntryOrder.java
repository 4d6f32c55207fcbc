package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the entry form: active commodities grouped by group, groups in the order their first commodity
 * appears in the catalogue, commodities in catalogue order within a group (the order of the paper form).
 */
final class EntryOrder {
    private final Catalog catalog;

    EntryOrder(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Commodity> commodities() {
        Map<Integer, List<Commodity>> byGroup = new LinkedHashMap<>();
        for (Commodity c : catalog.activeCommodities()) {
            byGroup.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c);
        }
        return byGroup.values().stream().flatMap(List::stream).toList();
    }
}
