package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a data folder with a week of believable prices for every market, and today's prices for all but the
 * first market, for looking at the entry screen:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.testing.DemoData -Dexec.args=/tmp/entry-demo}
 */
public final class DemoData {
    /** Rough Mojokerto prices for commodities without a reference price. */
    private static final Map<String, Long> TYPICAL = Map.ofEntries(
            Map.entry("BERAS-PREMIUM", 15_000L), Map.entry("CABAI-MERAH-BESAR", 42_000L),
            Map.entry("CABAI-MERAH-KERITING", 45_000L), Map.entry("CABAI-RAWIT-MERAH", 55_000L),
            Map.entry("CABAI-RAWIT-HIJAU", 40_000L), Map.entry("BAWANG-BOMBAY", 30_000L),
            Map.entry("DAGING-SAPI-TETELAN", 90_000L), Map.entry("DAGING-AYAM-KAMPUNG", 75_000L),
            Map.entry("IKAN-KEMBUNG", 38_000L), Map.entry("IKAN-TONGKOL", 32_000L), Map.entry("IKAN-BANDENG", 34_000L),
            Map.entry("GARAM-KONSUMSI", 10_000L), Map.entry("JAGUNG-PIPILAN", 7_500L),
            Map.entry("KACANG-HIJAU", 22_000L), Map.entry("KACANG-TANAH", 30_000L), Map.entry("TEMPE", 14_000L),
            Map.entry("TAHU", 12_000L), Map.entry("SUSU-KENTAL-MANIS", 12_500L), Map.entry("MIE-INSTAN", 3_500L),
            Map.entry("SINGKONG", 5_000L), Map.entry("TERIGU-CURAH", 10_000L), Map.entry("TERIGU-KEMASAN", 13_000L),
            Map.entry("KEDELAI-IMPOR", 11_000L), Map.entry("MIGOR-CURAH", 17_000L),
            Map.entry("MIGOR-PREMIUM", 22_000L), Map.entry("DAGING-AYAM-RAS", 36_000L));

    private DemoData() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/entry-demo");
        LocalDate today = LocalDate.now();
        Random random = new Random(42);
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            EntryService entries = new EntryService(store, Clock.systemDefaultZone());
            Actor actor = new Actor("demo", "demo-data");
            TestAccounts.admins(store, actor.username());
            for (int back = 7; back >= 0; back--) {
                LocalDate day = today.minusDays(back);
                for (Market market : catalog.activeMarkets()) {
                    if (back == 0 && market.equals(catalog.activeMarkets().get(0))) {
                        continue;
                    }
                    List<MarketDayEntry.Line> lines = new ArrayList<>();
                    for (Commodity c : catalog.activeCommodities()) {
                        long base = base(catalog, c, day);
                        double noise = 1 + (random.nextGaussian() * 0.03) + (market.id() % 5) * 0.01 + back * -0.002;
                        long price = Math.max(500, Math.round(base * noise / 500.0) * 500);
                        lines.add(new MarketDayEntry.Line(c.id(), price, List.of(), null));
                    }
                    entries.save(actor, new MarketDayEntry(market.id(), day, lines));
                }
            }
            System.out.println("demo data in " + folder);
        }
    }

    private static long base(Catalog catalog, Commodity c, LocalDate day) {
        Long typical = TYPICAL.get(c.code());
        if (typical != null) {
            return typical;
        }
        return catalog.referenceOn(c.id(), day).map(ReferencePrice::highRp).map(h -> h * 97 / 100).orElse(20_000L);
    }
}
