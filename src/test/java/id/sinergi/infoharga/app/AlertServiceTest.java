package id.sinergi.infoharga.app;

import id.sinergi.infoharga.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.infoharga.cli.InfoHargaCommand;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts, thresholds, the brief and the figure commands end to end over a real H2 folder. */
class AlertServiceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15); // Monday
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (InfoHargaCommand root = new InfoHargaCommand(java.util.Map.of(InfoHargaCommand.USER_VARIABLE, "admin",
                InfoHargaCommand.PASSWORD_VARIABLE, id.sinergi.infoharga.testing.TestAccounts.PASSWORD))) {
            var cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
            all.addAll(List.of(args));
            exit = cli.execute(all.toArray(String[]::new));
        }
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void alertsBriefAndCommandsOverStoredPricesAndStock() throws Exception {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            ReferenceDataService reference = new ReferenceDataService(store);
            Catalog catalog = reference.catalog();
            int medium = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            int raya = catalog.findMarket("RAYA-MJS").orElseThrow().id();
            int dinoyo = catalog.findMarket("DINOYO").orElseThrow().id();
            int outlet = catalog.findOutlet("WLD-RAYA-MJS").orElseThrow().id();
            // Beras Medium: week before 12.500 at both markets; today 14.000 and 14.500 → mean 14.250:
            // week +14 % (1.750 × 100/12.500) → Siaga; against HET 12.500: +14 % → Siaga.
            store.inTransaction(tx -> {
                tx.prices().insertBatch(List.of(new PricePoint(raya, medium, DAY.minusDays(7), 12_500),
                        new PricePoint(dinoyo, medium, DAY.minusDays(7), 12_500),
                        new PricePoint(raya, medium, DAY, 14_000), new PricePoint(dinoyo, medium, DAY, 14_500)),
                        "t", "t");
                tx.prices().rebuildMonths(DAY.minusDays(7), DAY);
                // WULANDARI: 300 kg received, 280 sold over the last 14 days → 20 kg/day, 20 kg left → 1 day:
                // Siaga by cover (< 3), raised to Awas because the price is at Siaga.
                tx.stock().insertBatch(List.of(
                        movement(outlet, medium, DAY.minusDays(20), MovementKind.RECEIPT, "300"),
                        movement(outlet, medium, DAY.minusDays(2), MovementKind.SALE, "280")));
                return null;
            });
            Messages messages = new Messages(Messages.INDONESIAN);
            IndicatorService indicators = new IndicatorService(store, reference, messages);
            // 13:00 WIB on the day: past the 12:00 cut-off.
            Clock afterCutoff = Clock.fixed(DAY.atTime(13, 0).atZone(WIB).toInstant(), WIB);
            AlertService alerts = new AlertService(store, reference, indicators, afterCutoff, messages);

            List<Alert> all = alerts.alerts(DAY);
            assertThat(all).filteredOn(a -> a.kind() == AlertKind.STOCK).singleElement().satisfies(a -> {
                assertThat(a.level()).isEqualTo(AlertLevel.AWAS);
                assertThat(a.value()).isEqualTo(1.0);
                assertThat(a.reason()).isEqualTo("Stok Beras Medium di WULANDARI Pasar Raya Mojosari: 20 kg, cukup"
                        + " 1,0 hari; harga Siaga");
            });
            assertThat(all).filteredOn(a -> a.kind() == AlertKind.REFERENCE && a.marketId() == null).singleElement()
                    .satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.SIAGA));
            // Dinoyo is the cause: 14.500 against the HET is (14.500 − 12.500)/12.500 = +16 % → Awas, above the
            // regency's Siaga; Raya's +12 % is Siaga like the regency's and adds nothing. Both rose +12 % and
            // +16 % in the week, Siaga like the regency's +14 %: no market rise alert.
            assertThat(all).filteredOn(a -> a.marketId() != null && a.kind() != AlertKind.MISSING_REPORT)
                    .singleElement().satisfies(a -> {
                        assertThat(a.kind()).isEqualTo(AlertKind.REFERENCE);
                        assertThat(a.level()).isEqualTo(AlertLevel.AWAS);
                        assertThat(a.marketId()).isEqualTo(dinoyo);
                        assertThat(a.value()).isEqualTo(16.0);
                        assertThat(a.reason()).isEqualTo("Pasar Dinoyo: Beras Medium Rp14.500, 16,0% di atas HET"
                                + " Rp12.500 (kabupaten Rp14.250)");
                    });
            assertThat(all).filteredOn(a -> a.kind() == AlertKind.PRICE_RISE).singleElement()
                    .satisfies(a -> assertThat(a.value()).isEqualTo(14.0));
            // 18 markets sent nothing → Siaga each; the two that reported sent their whole usual basket.
            assertThat(all).filteredOn(a -> a.kind() == AlertKind.MISSING_REPORT).hasSize(18)
                    .allSatisfy(a -> assertThat(a.level()).isEqualTo(AlertLevel.SIAGA));
            assertThat(all.get(0).level()).isEqualTo(AlertLevel.AWAS);

            // Before the cut-off there are no missing-report alerts.
            AlertService morning = new AlertService(store, reference, indicators,
                    Clock.fixed(DAY.atTime(9, 0).atZone(WIB).toInstant(), WIB), messages);
            assertThat(morning.alerts(DAY)).noneMatch(a -> a.kind() == AlertKind.MISSING_REPORT);

            // An administrator raises the rise thresholds: +14 % becomes Waspada; the change is audited.
            TestAccounts.admins(store, "admin");
            alerts.updateThresholds(new Actor("admin", "pc-1"),
                    new AlertThresholds(medium, 0, 5, 15, 10, 20, 30, 7, 3, 1));
            assertThat(alerts.alerts(DAY)).filteredOn(a -> a.kind() == AlertKind.PRICE_RISE).singleElement()
                    .satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.WASPADA));
            List<?> audit = store.read(tx -> tx.audit().forKey(AlertService.THRESHOLD_TABLE, Integer.toString(medium)));
            assertThat(audit).hasSize(1);

            String brief = alerts.brief(DAY);
            assertThat(brief).startsWith("Info Harga Bahan Pokok Kabupaten Mojokerto\nSenin, 15 Sep 2025\n")
                    .contains("- AWAS: Stok Beras Medium di WULANDARI Pasar Raya Mojosari")
                    .contains("- SIAGA: Pasar");
            assertThat(brief.lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(80));
        }

        // The day change also finds 8 Sep: it lies within 7 days of its target (14 Sep).
        Run csv = cli("indicators", "--date", "2025-09-15", "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).isEqualTo("""
                commodity_code,commodity,unit,price,markets,day_pct,week_pct,month_pct,year_pct,ref_gap_pct,\
                ref_level,rise_level,cv_pct
                BERAS-MEDIUM,Beras Medium,kg,14250.00,2,14.00,14.00,,,14.00,SIAGA,WASPADA,
                """);
        Run market = cli("indicators", "--date", "2025-09-15", "--market", "pasar dinoyo", "--format", "csv");
        // Dinoyo alone: 12.500 → 14.500 = +16 %; (14.500 − 12.500) × 100/12.500 = 16 % above the HET.
        assertThat(market.out().lines().toList().get(1))
                .isEqualTo("BERAS-MEDIUM,Beras Medium,kg,14500.00,1,16.00,16.00,,,16.00,AWAS,WASPADA,");
        JsonNode json = new ObjectMapper().readTree(cli("indicators", "--date", "2025-09-15", "--format", "json").out());
        assertThat(json.get(0).get("week_pct").asDouble()).isEqualTo(14.0);
        assertThat(json.get(0).get("day_base_date").asText()).isEqualTo("2025-09-08");
        assertThat(json.get(0).get("month_pct").isNull()).isTrue();
        assertThat(json.get(0).get("week_base_date").asText()).isEqualTo("2025-09-08");

        // Mon 8 Sep lies in 2025-W37: last week's average 12.500; only Beras has a change, so R = its 14 %.
        Run weekly = cli("weekly", "--week", "2025-W38", "--format", "csv");
        assertThat(weekly.exit()).isZero();
        assertThat(weekly.out()).startsWith("commodity_code,commodity,unit,average,previous_average,change_rp,")
                .endsWith("""
                        BERAS-MEDIUM,Beras Medium,kg,14250.00,12500.00,1750.00,14.00,2,2,,,,,

                        group_code,group,weight,change_pct,contribution_pp
                        BERAS,Beras,3.81,14.00,14.00
                        WEIGHTED,2025-W38,3.81,14.00,14.00
                        """);
        Run alertCsv = cli("alerts", "--date", "2025-09-15", "--format", "csv");
        assertThat(alertCsv.out().lines().toList().get(0))
                .isEqualTo("kind,level,commodity_code,commodity,place_code,place,value,threshold,reason");
        assertThat(cli("brief", "--date", "2025-09-15").out()).contains("Senin, 15 Sep 2025");

        Run badDate = cli("indicators", "--date", "15-09-2025");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("Tanggal tidak dikenal: 15-09-2025");
        Run badMarket = cli("indicators", "--date", "2025-09-15", "--market", "Pasar Entah");
        assertThat(badMarket.exit()).isEqualTo(2);
        assertThat(badMarket.err()).contains("Pasar tidak dikenal: Pasar Entah");
        assertThat(cli("weekly", "--week", "2025-W60").err()).contains("Minggu tidak dikenal: 2025-W60");
        assertThat(cli("alerts", "--date", "2025-09-15", "--format", "xml").exit()).isEqualTo(2);
    }

    private static StockMovement movement(int outlet, int commodity, LocalDate day, MovementKind kind, String qty) {
        return new StockMovement(UUID.randomUUID(), outlet, commodity, day, kind, new BigDecimal(qty), null, null,
                "t", "t", Instant.parse("2025-09-01T00:00:00Z"));
    }
}
