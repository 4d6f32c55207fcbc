package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code alps --month}: each active commodity's ALPS with its level and z-score, or why it has none. */
class AlpsCommandTest {
    private static final YearMonth START = YearMonth.of(2022, 12);
    private static final YearMonth LAST = YearMonth.of(2026, 11);
    /** A fixed season (Jan … Dec) on a trend: a series the model explains exactly, but for the shock below. */
    private static final double[] SEASON = {0, 300, -200, 150, 0, -100, 400, 250, -300, 0, 100, -50};

    @TempDir
    static Path dir;
    static Path data;
    /** Beras Medium's monthly series at the first market, the same one the command reads from the store. */
    static final SortedMap<YearMonth, Double> SERIES = new TreeMap<>();
    static String otherMarket;

    @BeforeAll
    static void load() {
        data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            int beras = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            int gula = catalog.findCommodity("GULA-PASIR").map(c -> c.id())
                    .orElse(catalog.activeCommodities().stream().filter(c -> c.id() != beras).findFirst()
                            .orElseThrow().id());
            int market = catalog.markets().get(0).id();
            otherMarket = catalog.markets().get(1).code();
            List<PricePoint> points = new ArrayList<>();
            // One price a month (the month's average is that price), 48 months, Dec 2022 – Nov 2026; the last
            // month 1.500 above its season and trend. A second noise term so σ is not the shock's alone.
            for (int t = 0; t < 48; t++) {
                YearMonth m = START.plusMonths(t);
                long price = 12_000 + 20L * t + (long) SEASON[m.getMonthValue() - 1]
                        + (t == 47 ? 1_500 : 0) + (t % 5 == 0 ? 90 : 0);
                points.add(new PricePoint(market, beras, m.atDay(15), price));
                SERIES.put(m, (double) price);
            }
            // Ten months of sugar: too short.
            for (int t = 38; t < 48; t++) {
                points.add(new PricePoint(market, gula, START.plusMonths(t).atDay(15), 17_000));
            }
            store.inTransaction(tx -> {
                tx.prices().insertBatch(points, "test", "test");
                tx.prices().rebuildMonths(START.atDay(1), LAST.atEndOfMonth());
                return null;
            });
        }
    }

    @Test
    void printsTheLevelAndZScoreOfALongSeriesAndWhyAShortOneHasNone() {
        // Independently of the store: the same series through the model.
        AlpsResult expected = Alps.compute(0, SERIES, LAST, new Messages(Messages.INDONESIAN)::get);
        assertThat(expected.eligible()).isTrue();
        assertThat(expected.value()).isGreaterThan(2.0);

        ReportCommandTest.Run csv = run("alps", "--month", "2026-11", "--format", "csv");
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AlpsCommand.CSV_HEADER));
        String beras = lines.stream().filter(l -> l.startsWith("BERAS-MEDIUM,")).findFirst().orElseThrow();
        assertThat(beras).startsWith("BERAS-MEDIUM,Beras Medium,kg,2026-11," + expected.level().name() + ","
                + FigureText.num(expected.value()) + "," + FigureText.num(expected.actual()) + ","
                + FigureText.num(expected.fitted()) + ",");
        assertThat(beras).endsWith(",48,48,");
        String gula = lines.stream().filter(l -> l.contains(",10,10,")).findFirst().orElseThrow();
        assertThat(gula).endsWith("riwayat kurang dari 36 bulan (10 bulan)");

        ReportCommandTest.Run table = run("alps", "--month", "2026-11");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("KODE").contains("Awas").contains("riwayat kurang dari 36 bulan (10 bulan)")
                .contains("belum ada harga bulanan");
        String berasLine = table.out().lines().filter(l -> l.startsWith("BERAS-MEDIUM")).findFirst().orElseThrow();
        assertThat(berasLine).contains(" " + Math.round(expected.actual()) + " ")
                .contains(" " + Math.round(expected.fitted()) + " ");

        // One market's own series: another market has none.
        ReportCommandTest.Run other = run("alps", "--month", "2026-11", "--market", otherMarket, "--format", "json");
        assertThat(other.exit()).isZero();
        assertThat(other.out()).contains("\"reason\" : \"belum ada harga bulanan\"").doesNotContain("\"AWAS\"");
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedInTheUsersLanguage() {
        ReportCommandTest.Run bad = run("alps", "--month", "11-2026");
        assertThat(bad.exit()).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("Bulan tidak dikenal: 11-2026");
    }

    private static ReportCommandTest.Run run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        try (InfoHargaCommand root = new InfoHargaCommand(java.util.Map.of())) {
            picocli.CommandLine cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new java.io.PrintWriter(out));
            cli.setErr(new java.io.PrintWriter(err));
            List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
            all.addAll(List.of(args));
            int exit = cli.execute(all.toArray(String[]::new));
            return new ReportCommandTest.Run(exit, out.toString(), err.toString());
        }
    }
}
