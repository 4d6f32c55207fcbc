package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.app.ImportService.ImportResult;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import stores, held against values computed here from the files alone: random files (seeded) over several
 * months, a first one into an empty folder and a second that changes some prices and adds others. Every price, every
 * monthly sum, and the change log (one change per stored price, this device's sequences without a gap, Lamport
 * counters rising, each change naming the key's previous change as its base, each price row naming its change).
 */
class ImportJournalTest {
    @TempDir
    Path dir;

    @Test
    void storedPricesMonthSumsAndChangesAreThoseOfTheFiles() throws IOException {
        Random r = new Random(16);
        try (Database db = Database.open(dir.resolve("data"))) {
            Store store = new Store(db);
            ImportService imports = TestImports.service(store, ImportServiceTest.CLOCK,
                    new Messages(Messages.INDONESIAN));
            TestAccounts.admin(store, ImportServiceTest.ACTOR.username());
            Catalog catalog = new ReferenceDataService(store).catalog();
            List<Market> markets = catalog.activeMarkets().subList(0, 4);
            List<Commodity> commodities = catalog.activeCommodities().subList(0, 7);
            LocalDate first = LocalDate.of(2025, 3, 20);
            int days = 75;

            // The first file: every market, commodity and day; prices near a level per commodity, as real files.
            Map<String, Long> expected = new TreeMap<>();
            Map<String, Long> file1 = new TreeMap<>();
            for (int d = 0; d < days; d++) {
                for (Market m : markets) {
                    for (Commodity c : commodities) {
                        long level = 10_000 + 2_000L * c.id();
                        file1.put(key(first.plusDays(d), m, c), level + 50L * r.nextInt(5));
                    }
                }
            }
            ImportResult one = imports.importPrices(ImportServiceTest.ACTOR,
                    new ImportRequest(csv("satu.csv", file1), null, null, null, false, false));
            expected.putAll(file1);
            assertThat(one.inserted()).isEqualTo(file1.size());

            // The second: a third of the stored prices again (some changed), and ten more days.
            Map<String, Long> file2 = new TreeMap<>();
            int changed = 0;
            for (Map.Entry<String, Long> e : file1.entrySet()) {
                if (r.nextInt(3) == 0) {
                    boolean change = r.nextBoolean();
                    changed += change ? 1 : 0;
                    file2.put(e.getKey(), e.getValue() + (change ? 50 : 0));
                }
            }
            for (int d = days; d < days + 10; d++) {
                for (Market m : markets) {
                    for (Commodity c : commodities) {
                        file2.put(key(first.plusDays(d), m, c), 10_000 + 2_000L * c.id() + 50L * r.nextInt(5));
                    }
                }
            }
            ImportResult two = imports.importPrices(ImportServiceTest.ACTOR,
                    new ImportRequest(csv("dua.csv", file2), null, null, null, false, false));
            assertThat(two.updated()).isEqualTo(changed);
            assertThat(two.inserted()).isEqualTo(10 * markets.size() * commodities.size());
            expected.putAll(file2);

            // Prices and the change each row names.
            Map<String, PriceDao.Versioned> rows = new TreeMap<>();
            store.read(tx -> {
                for (String k : expected.keySet()) {
                    String[] p = k.split("\\|");
                    rows.put(k, tx.prices().findVersioned(catalog.findMarket(p[1]).orElseThrow().id(),
                            catalog.findCommodity(p[2]).orElseThrow().id(), LocalDate.parse(p[0])).orElseThrow());
                }
                return null;
            });
            long count = store.read(tx -> tx.prices().count());
            assertThat(count).isEqualTo(expected.size());
            rows.forEach((k, v) -> assertThat(v.observation().priceRp()).as(k).isEqualTo(expected.get(k)));

            // Monthly sums and counts, summed here from the expected prices.
            Map<String, long[]> months = new TreeMap<>();
            expected.forEach((k, price) -> {
                String[] p = k.split("\\|");
                long[] s = months.computeIfAbsent(YearMonth.from(LocalDate.parse(p[0])) + "|" + p[1] + "|" + p[2],
                        x -> new long[2]);
                s[0] += price;
                s[1]++;
            });
            Map<String, long[]> stored = new TreeMap<>();
            for (MonthSum s : store.read(tx -> tx.prices().allMonths())) {
                stored.put(s.month() + "|" + catalog.market(s.marketId()).code() + "|"
                        + catalog.commodity(s.commodityId()).code(), new long[]{s.sumRp(), s.dayCount()});
            }
            assertThat(stored.keySet()).isEqualTo(months.keySet());
            months.forEach((k, v) -> assertThat(stored.get(k)).as(k).containsExactly(v));

            // The change log: this device's price changes are the files' stored rows, in order, without a gap.
            int self = store.read(tx -> tx.devices().self().orElseThrow().id());
            List<ChangeLogDao.Row> log = store.read(tx -> tx.changeLog().page(self, 0, Integer.MAX_VALUE));
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).seq()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(log.get(i).lamport()).isGreaterThan(log.get(i - 1).lamport());
                }
            }
            List<ChangeLogDao.Row> prices = log.stream().filter(c -> c.entity() == Entity.PRICE.code()).toList();
            assertThat(prices).hasSize(one.stored() + two.stored());
            Map<String, ChangeLogDao.Row> latest = new HashMap<>();
            List<String> expectedChanges = new ArrayList<>();
            file1.forEach((k, v) -> expectedChanges.add(wireKey(k) + "=" + v));
            file2.forEach((k, v) -> {
                if (!v.equals(file1.get(k))) {
                    expectedChanges.add(wireKey(k) + "=" + v);
                }
            });
            assertThat(prices.stream().map(c -> c.naturalKey() + "=" + c.newValue().replaceAll("\\D", "")).sorted())
                    .containsExactlyElementsOf(expectedChanges.stream().sorted().toList());
            for (ChangeLogDao.Row c : prices) {
                assertThat(c.actor()).isEqualTo(ImportServiceTest.ACTOR.username());
                assertThat(c.newValue()).isEqualTo("{\"p\":" + c.newValue().replaceAll("\\D", "") + "}");
                ChangeLogDao.Row before = latest.put(c.naturalKey(), c);
                assertThat(c.baseSeq()).as(c.naturalKey()).isEqualTo(before == null ? null : before.seq());
                assertThat(c.baseOrigin()).isEqualTo(before == null ? null : self);
            }
            rows.forEach((k, v) -> {
                ChangeLogDao.Row head = latest.get(wireKey(k));
                assertThat(v.version()).as(k).isEqualTo(new ChangeLogDao.Head(self, head.seq(), head.lamport()));
            });
        }
    }

    private static String key(LocalDate day, Market m, Commodity c) {
        return day + "|" + m.code() + "|" + c.code();
    }

    /** The key as a change names it: market|commodity|day. */
    private static String wireKey(String key) {
        String[] p = key.split("\\|");
        return p[1] + "|" + p[2] + "|" + p[0];
    }

    private Path csv(String name, Map<String, Long> prices) throws IOException {
        StringBuilder s = new StringBuilder("date,market,commodity,price\n");
        prices.forEach((k, v) -> s.append(k.replace('|', ',')).append(',').append(v).append('\n'));
        return Files.writeString(dir.resolve(name), s);
    }
}
