package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small catalog for hand-worked examples: markets 1–5 (A–E), groups BERAS (3.81), CABAI-MERAH (0.37, volatile),
 * BAWANG-MERAH (0.29, volatile), MINYAK-GORENG (0.57), commodities 1 Beras Premium, 2 Beras Medium, 3 Cabai Merah
 * Keriting, 4 Bawang Merah, 5 Minyakita; HET Beras Medium 12.500, HAP Bawang Merah 36.500–41.500, Minyakita HET
 * 14.000 until 13 Aug 2024 and 15.700 from 14 Aug 2024.
 */
final class TestCatalog {
    static final int A = 1, B = 2, C = 3, D = 4, E = 5;
    static final int PREMIUM = 1, MEDIUM = 2, CABAI = 3, BAWANG = 4, MINYAKITA = 5;

    private TestCatalog() {
    }

    static Catalog catalog() {
        List<Market> markets = List.of(market(A, "PASAR-A"), market(B, "PASAR-B"), market(C, "PASAR-C"),
                market(D, "PASAR-D"), market(E, "PASAR-E"));
        List<CommodityGroup> groups = List.of(new CommodityGroup(1, "BERAS", "Beras", 3.81, false),
                new CommodityGroup(2, "CABAI-MERAH", "Cabai Merah", 0.37, true),
                new CommodityGroup(3, "BAWANG-MERAH", "Bawang Merah", 0.29, true),
                new CommodityGroup(4, "MINYAK-GORENG", "Minyak Goreng", 0.57, false));
        List<Commodity> commodities = List.of(
                new Commodity(PREMIUM, "BERAS-PREMIUM", "Beras", "Premium", "kg", 1, true, 10),
                new Commodity(MEDIUM, "BERAS-MEDIUM", "Beras", "Medium", "kg", 1, true, 20),
                new Commodity(CABAI, "CABAI-MERAH-KERITING", "Cabai Merah", "Keriting", "kg", 2, true, 30),
                new Commodity(BAWANG, "BAWANG-MERAH", "Bawang Merah", null, "kg", 3, true, 40),
                new Commodity(MINYAKITA, "MINYAKITA", "Minyakita", null, "liter", 4, true, 50));
        List<ReferencePrice> refs = List.of(
                new ReferencePrice(1, MEDIUM, ReferenceKind.HET, null, 12_500, "Perbadan 5/2024",
                        LocalDate.of(2024, 1, 1), null),
                new ReferencePrice(2, BAWANG, ReferenceKind.HAP, 36_500L, 41_500, "Perbadan 17/2023",
                        LocalDate.of(2024, 1, 1), null),
                new ReferencePrice(3, MINYAKITA, ReferenceKind.HET, null, 14_000, "Permendag 49/2022",
                        LocalDate.of(2022, 7, 1), LocalDate.of(2024, 8, 13)),
                new ReferencePrice(4, MINYAKITA, ReferenceKind.HET, null, 15_700, "Permendag 18/2024",
                        LocalDate.of(2024, 8, 14), null));
        List<Outlet> outlets = List.of(new Outlet(1, "WLD-A", "WULANDARI Pasar A", A, null, true));
        return new Catalog(markets, groups, commodities, refs, outlets);
    }

    static Thresholds defaults() {
        return new Thresholds(Map.of(), catalog());
    }

    static PricePoint p(int market, int commodity, LocalDate day, long price) {
        return new PricePoint(market, commodity, day, price);
    }

    private static Market market(int id, String code) {
        return new Market(id, code, "Pasar " + (char) ('A' + id - 1), null, "Pasar Daerah", true);
    }
}
