package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.NameKind;
import id.sinergi.infoharga.app.ImportPlan.NameMatch;
import id.sinergi.infoharga.app.ImportPlan.NewCommodity;
import id.sinergi.infoharga.app.ImportPlan.NewMarket;
import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.entry.ImportedPriceCheck.Kind;
import id.sinergi.infoharga.testing.PriceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The planning step of an import on its own: a file and a catalogue in, a plan out, no database. */
class ImportPlanTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final LocalDate SEP_2 = LocalDate.of(2025, 9, 2);
    private static final Catalog CATALOG = new Catalog(
            List.of(new Market(1, "DINOYO", "Pasar Dinoyo", null, null, true),
                    new Market(2, "PACET", "Pasar Pacet", null, null, true),
                    new Market(3, "KEMLAGI", "Pasar Kemlagi", null, null, true)),
            List.of(new CommodityGroup(1, "TELUR-AYAM", "Telur Ayam", 0.67, false),
                    new CommodityGroup(2, "BERAS", "Beras", 3.81, false)),
            List.of(new Commodity(1, "TELUR-AYAM-RAS", "Telur Ayam Ras", null, "kg", 1, true, 1),
                    new Commodity(2, "BERAS-MEDIUM", "Beras", "Medium", "kg", 2, true, 2)),
            List.of(new ReferencePrice(1, 1, ReferenceKind.HAP, null, 30_000, "Relaksasi HAP telur",
                    LocalDate.of(2024, 1, 1), null)),
            List.of());

    @TempDir
    Path dir;

    private ImportPlan plan(Path file, String market, boolean createMissing, List<PricePoint> stored) {
        ImportRequest request = new ImportRequest(file, market, null, null, createMissing, false);
        return new ImportPlanner(CATALOG, new ListedPrices(stored), ID, TODAY, request,
                file.getFileName().toString(), "0".repeat(64)).plan(file);
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("harga.csv"), text);
    }

    @Test
    void aNewMarketAndNewCommoditiesGetIdsOfTheirOwnKind() {
        ImportPlan plan = plan(PriceFiles.resource(dir, "new_market_new_commodities.csv"), null, true, List.of());

        assertThat(plan.problemCount()).isZero();
        assertThat(plan.newMarkets()).containsExactly(new NewMarket("PASAR-TRAWAS", "Pasar Trawas", 2));
        assertThat(plan.newCommodities()).containsExactly(
                new NewCommodity("DAGING-KAMBING", "Daging Kambing", "kg", 3),
                new NewCommodity("KANGKUNG", "Kangkung", "ikat", 4));
        PlannedRows rows = plan.rows();
        assertThat(rows.size()).isEqualTo(6);
        List<String> read = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            read.add(rows.day(i) + " " + rows.marketId(i) + " " + rows.commodityId(i) + " " + rows.priceRp(i) + " @"
                    + rows.line(i));
        }
        int market = PlannedRows.NEW;
        int kambing = PlannedRows.NEW;
        int kangkung = PlannedRows.NEW + 1;
        // By day, then market, then commodity: the stored Beras Medium (2) before the new ones.
        assertThat(read).containsExactly(
                "2025-06-02 " + market + " 2 13200 @2",
                "2025-06-02 " + market + " " + kambing + " 140000 @3",
                "2025-06-02 " + market + " " + kangkung + " 3500 @4",
                "2025-06-03 " + market + " 2 13300 @5",
                "2025-06-03 " + market + " " + kambing + " 142000 @6",
                "2025-06-03 " + market + " " + kangkung + " 3500 @7");
    }

    @Test
    void theMarketOptionMayNameAMarketToCreateAndCountsInWhatMakesTheImportTheSame() {
        Path file = PriceFiles.resource(dir, "new_commodities_without_market_column.csv");
        ImportRequest request = new ImportRequest(file, "Kota Contoh", null, null, true, false);
        ImportPlanner planner = new ImportPlanner(CATALOG, new ListedPrices(List.of()), ID, TODAY, request,
                "x.csv", "a".repeat(64));
        assertThat(planner.options()).isEqualTo("--market KOTA-CONTOH");
        assertThat(planner.importKey()).isNotEqualTo("a".repeat(64)).hasSize(64);
        ImportPlan plan = planner.plan(file);
        assertThat(plan.newMarkets()).containsExactly(new NewMarket("KOTA-CONTOH", "Kota Contoh", 0));
        assertThat(plan.newCommodities()).extracting(NewCommodity::code).containsExactly("DAGING-KAMBING");
        assertThat(plan.rows().size()).isEqualTo(4);

        ImportPlanner plain = new ImportPlanner(CATALOG, new ListedPrices(List.of()), ID, TODAY,
                new ImportRequest(file, null, null, null, false, false), "x.csv", "a".repeat(64));
        assertThat(plain.options()).isEmpty();
        assertThat(plain.importKey()).isEqualTo("a".repeat(64));
    }

    @Test
    void namesMatchedAfterNormalisingAreCountedPerText() throws Exception {
        ImportPlan plan = plan(csv("date,market,commodity,price\n"
                + "2025-09-02,pasar dinoyo,BERAS (MEDIUM),13000\n"
                + "2025-09-03,pasar dinoyo,BERAS (MEDIUM),13100\n"
                + "2025-09-03,Pasar Dinoyo,Beras Medium,13100\n"), null, false, List.of());
        assertThat(plan.problems()).extracting(ImportPlan.RowProblem::line).containsExactly(4);
        assertThat(plan.normalisedNames()).containsExactly(
                new NameMatch(NameKind.MARKET, "pasar dinoyo", "DINOYO", "Pasar Dinoyo", 2),
                new NameMatch(NameKind.COMMODITY, "BERAS (MEDIUM)", "BERAS-MEDIUM", "Beras Medium", 2));
    }

    @Test
    void eachRowIsHeldAgainstTheLastUsualPriceStoredOrInTheFileAndTheOtherMarketsOfItsDay() throws Exception {
        List<PricePoint> stored = List.of(
                new PricePoint(1, 1, SEP_2, 28_500),                      // Dinoyo eggs, the day before
                new PricePoint(2, 1, SEP_2.plusDays(1), 29_000),          // Pacet eggs on the 3rd
                new PricePoint(3, 1, SEP_2.plusDays(1), 1_000));          // Kemlagi on the 3rd: replaced by the file
        ImportPlan plan = plan(csv("date,market,commodity,price\n"
                + "2025-09-03,DINOYO,TELUR-AYAM-RAS,285000\n"      // ×10 the stored 28.500: a slip
                + "2025-09-04,DINOYO,TELUR-AYAM-RAS,28700\n"       // against 28.500, not against the slip
                + "2025-09-03,KEMLAGI,TELUR-AYAM-RAS,28900\n"      // replaces the stored 1.000 among the others
                + "2025-09-05,DINOYO,TELUR-AYAM-RAS,7000\n"        // below a quarter of 28.700
                + "2025-09-05,DINOYO,BERAS-MEDIUM,13000\n"), null, false, stored);

        assertThat(plan.problemCount()).isZero();
        assertThat(plan.unusualCount()).isEqualTo(2);
        assertThat(plan.unusual()).extracting(u -> u.line() + " " + u.finding().kind() + " " + u.finding().anchorRp()
                + " " + u.anchorDay()).containsExactly(
                "2 SLIP_FROM_LAST 28500 2025-09-02",
                "5 FAR_FROM_LAST 28700 2025-09-04");
        // The rows flagged, in row order (by day): Dinoyo eggs on the 3rd and on the 5th.
        List<Integer> flagged = new ArrayList<>();
        for (int i = 0; i < plan.rows().size(); i++) {
            if (plan.rows().unusual(i)) {
                flagged.add(plan.rows().line(i));
            }
        }
        assertThat(flagged).containsExactly(2, 5);
    }

    @Test
    void withoutHistoryTheMedianOfTheOtherMarketsThenTheReferencePrice() throws Exception {
        ImportPlan plan = plan(csv("date,market,commodity,price\n"
                + "2025-09-03,DINOYO,TELUR-AYAM-RAS,29000\n"
                + "2025-09-03,PACET,TELUR-AYAM-RAS,28000\n"
                + "2025-09-03,KEMLAGI,TELUR-AYAM-RAS,2850\n"       // median of 28.000 and 29.000 = 28.500
                + "2025-09-03,DINOYO,BERAS-MEDIUM,3000\n"), null, false, List.of());   // no reference for rice
        assertThat(plan.unusual()).extracting(u -> u.line() + " " + u.finding().kind() + " " + u.finding().anchorRp()
                + " " + u.anchorMarkets()).containsExactly("4 SLIP_FROM_MARKETS 28500 2");

        ImportPlan alone = plan(csv("date,market,commodity,price\n2025-09-03,DINOYO,TELUR-AYAM-RAS,6000\n"), null,
                false, List.of());
        assertThat(alone.unusual()).singleElement().satisfies(u -> {
            assertThat(u.finding().kind()).isEqualTo(Kind.FAR_FROM_REFERENCE);
            assertThat(u.finding().anchorRp()).isEqualTo(30_000);
            assertThat(u.referenceKind()).isEqualTo("HAP");
        });
    }

    @Test
    void theMedianLeavesOutTheRowsOwnPrice() {
        assertThat(UnusualPriceScan.medianWithout(new long[] {10, 20, 30, 40}, 4, 20)).isEqualTo(30);
        assertThat(UnusualPriceScan.medianWithout(new long[] {10, 20, 30, 40}, 4, 40)).isEqualTo(20);
        assertThat(UnusualPriceScan.medianWithout(new long[] {10, 20, 30}, 3, 10)).isEqualTo(25);
        assertThat(UnusualPriceScan.medianWithout(new long[] {10}, 1, 10)).isZero();
    }

    /** Stored prices held in a list. */
    private record ListedPrices(List<PricePoint> prices) implements StoredPrices {
        @Override
        public boolean isEmpty() {
            return prices.isEmpty();
        }

        @Override
        public List<PricePoint> between(LocalDate from, LocalDate to) {
            return prices.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to)).toList();
        }

        @Override
        public Optional<PricePoint> lastBefore(int marketId, int commodityId, LocalDate day) {
            return prices.stream().filter(p -> p.marketId() == marketId && p.commodityId() == commodityId
                    && p.date().isBefore(day)).max(Comparator.comparing(PricePoint::date));
        }
    }
}
