package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, end to end through the command line: a national agency's daily consumer prices of one city (columns
 * Timestamp, Komoditas, Satuan, Harga; units "Rp./Kg" and "Rp./Liter"; 0 for days without a price) imported for a
 * market that does not exist yet, then the market's figures, then the history of its prices; and the demo's prices
 * telling in their history that they are demo data.
 */
class PublishedPriceFileCliTest {
    private static final String FILE = "harga_konsumen_kota_contoh.csv";
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 9, 18);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void administrator() {
        try (Database db = Database.open(dir.resolve("data"))) {
            TestAccounts.admin(new Store(db), "tester");
        }
    }

    private Run run(String... args) {
        InfoHargaCommand root = new InfoHargaCommand(Map.of(InfoHargaCommand.USER_VARIABLE, "tester",
                InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD));
        CommandLine cli = InfoHargaCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        try (root) {
            int exit = cli.execute(full);
            return new Run(exit, out.toString(), err.toString());
        }
    }

    private <T> T withStore(Function<Store, T> work) {
        try (Database db = Database.open(dir.resolve("data"))) {
            return work.apply(new Store(db));
        }
    }

    /** The file read on its own: by commodity name, the non-zero price of each day. */
    private static Map<String, TreeMap<LocalDate, Long>> published(Path file) throws Exception {
        Map<String, TreeMap<LocalDate, Long>> prices = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Timestamp,Komoditas,Satuan,Harga");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            TreeMap<LocalDate, Long> series = prices.computeIfAbsent(f[1], k -> new TreeMap<>());
            long price = Long.parseLong(f[3]);
            if (price > 0) {
                series.put(LocalDate.parse(f[0].substring(0, 10)), price);
            }
        }
        return prices;
    }

    @Test
    void aPublishedFileForANewMarketIsStoredWholeAndGivesThatMarketsFigures() throws Exception {
        Path file = PriceFiles.resource(dir, FILE);
        Map<String, TreeMap<LocalDate, Long>> published = published(file);
        int nonZero = published.values().stream().mapToInt(Map::size).sum();
        assertThat(published).hasSize(20);
        assertThat(nonZero).isEqualTo(1_499);

        Run imported = run("import", "prices", file.toString(), "--market", "Kota Contoh", "--create-missing");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains(
                "Pasar baru dibuat: KOTA-CONTOH Kota Contoh",
                "Komoditas baru dibuat: KEDELAI-BIJI-KERING-IMPOR Kedelai Biji Kering (Impor) (kg)",
                "Komoditas baru dibuat: GULA-KONSUMSI Gula Konsumsi (kg)",
                "komoditas \"MINYAK GORENG CURAH\" \u2192 MIGOR-CURAH Minyak Goreng Curah (",
                "komoditas \"Tepung Terigu (Curah)\" \u2192 TERIGU-CURAH Tepung Terigu Curah (",
                FILE + ": 1.499 baris disimpan (1.499 baru, 0 diubah), 101 kosong tidak disimpan, 0 dilewati");

        // Every non-zero price of the file is stored for the new market, as it is in the file.
        Map<String, TreeMap<LocalDate, Long>> stored = withStore(store -> {
            Catalog catalog = new ReferenceDataService(store).catalog();
            Market market = catalog.findMarket("Kota Contoh").orElseThrow();
            Map<Integer, String> names = new HashMap<>();
            for (String name : published.keySet()) {
                names.put(catalog.findCommodity(name).orElseThrow().id(), name);
            }
            Map<String, TreeMap<LocalDate, Long>> out = new LinkedHashMap<>();
            for (PricePoint p : PriceFiles.allPrices(store)) {
                assertThat(p.marketId()).isEqualTo(market.id());
                out.computeIfAbsent(names.get(p.commodityId()), k -> new TreeMap<>()).put(p.date(), p.priceRp());
            }
            return out;
        });
        assertThat(stored).isEqualTo(published);

        // The market's figures on the file's last day: its price and its changes against its own earlier days.
        Run figures = run("indicators", "--date", LAST_DAY.toString(), "--market", "KOTA-CONTOH", "--format", "csv");
        assertThat(figures.exit()).as(figures.err()).isZero();
        List<String> rows = figures.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo(String.join(",", IndicatorsCommand.CSV_HEADER));
        assertThat(rows).hasSize(1 + 20);
        Map<String, String[]> byName = new HashMap<>();
        Map<String, String> unitOf = withStore(store -> {
            Map<String, String> units = new HashMap<>();
            Catalog catalog = new ReferenceDataService(store).catalog();
            for (String name : published.keySet()) {
                Commodity c = catalog.findCommodity(name).orElseThrow();
                units.put(c.code(), name);
            }
            return units;
        });
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            byName.put(unitOf.get(cells[0]), cells);
        }
        for (Map.Entry<String, TreeMap<LocalDate, Long>> e : published.entrySet()) {
            String[] cells = byName.get(e.getKey());
            TreeMap<LocalDate, Long> series = e.getValue();
            assertThat(cells).as(e.getKey()).isNotNull();
            assertThat(cells[3]).as(e.getKey() + " price").isEqualTo(num(series.get(LAST_DAY)));
            assertThat(cells[4]).as(e.getKey() + " markets").isEqualTo("1");
            assertThat(cells[5]).as(e.getKey() + " day").isEqualTo(change(series, LAST_DAY.minusDays(1)));
            assertThat(cells[6]).as(e.getKey() + " week").isEqualTo(change(series, LAST_DAY.minusDays(7)));
            assertThat(cells[7]).as(e.getKey() + " month").isEqualTo(change(series, LAST_DAY.minusMonths(1)));
            assertThat(cells[8]).as(e.getKey() + " year").isEmpty();
        }

        Run history = run("history", "--market", "Kota Contoh", "--commodity", "Telur Ayam Ras", "--date",
                LAST_DAY.toString());
        assertThat(history.out()).contains("tester", "impor berkas " + FILE).doesNotContain("Belum pernah diisi");

        Run again = run("import", "prices", file.toString(), "--market", "KOTA-CONTOH");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("sudah pernah diimpor");
    }

    /**
     * The change against the base day of {@code target} (DESIGN §4): the series' latest day on or before it, at
     * most 7 days before; "" when there is none.
     */
    private static String change(TreeMap<LocalDate, Long> series, LocalDate target) {
        Map.Entry<LocalDate, Long> base = series.floorEntry(target);
        if (base == null || base.getKey().isBefore(target.minusDays(7))) {
            return "";
        }
        return num((series.get(LAST_DAY) / (double) base.getValue() - 1) * 100);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    @Test
    void importPricesHelpShowsEveryOptionWithAnExample() {
        Run help = run("import", "prices", "--help");
        assertThat(help.exit()).isZero();
        CommandLine.Model.CommandSpec prices = InfoHargaCommand.commandLine(new InfoHargaCommand(Map.of()))
                .getSubcommands().get("import").getSubcommands().get("prices").getCommandSpec();
        for (CommandLine.Model.OptionSpec option : prices.options()) {
            assertThat(help.out()).contains(option.longestName());
            if (!option.usageHelp()) {
                assertThat(String.join(" ", option.description())).as(option.longestName()).contains("Contoh:");
            }
        }
        assertThat(prices.options()).extracting(CommandLine.Model.OptionSpec::longestName).contains("--market",
                "--columns", "--date-format", "--create-missing", "--accept-unusual", "--dry-run");
        assertThat(help.out()).contains("Contoh:",
                "info-harga import prices kota.csv --market \"Kota Contoh\" --create-missing");
    }

    @Test
    void demoPricesSayInTheirHistoryThatTheyAreDemoDataFromOneAuditRow() {
        Run demo = run("demo", "--years", "1", "--markets", "1", "--seed", "7", "--until", "2025-06-30");
        assertThat(demo.exit()).as(demo.err()).isZero();
        PriceObservation some = withStore(store -> store.read(tx -> tx.prices().marketDay(1,
                LocalDate.of(2025, 6, 30))).get(0));
        String commodity = withStore(store -> new ReferenceDataService(store).catalog()
                .commodity(some.commodityId()).code());
        long demoAudit = withStore(store -> store.read(tx -> tx.audit().all()).stream()
                .filter(a -> a.entry().tableName().equals("price_observation")).count());
        assertThat(demoAudit).isEqualTo(1);

        Run history = run("history", "--market", "RAYA-MJS", "--commodity", commodity, "--date", "2025-06-30");

        assertThat(history.out()).contains("tester", "- \u2192 " + some.priceRp(), "data demo (seed 7)")
                .doesNotContain("Belum pernah diisi");
    }
}
