package id.sinergi.infoharga.store;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The child of {@code HousekeepingKillTest}: saves market-days over and over on a few keys (so that the file turns
 * sparse) and prints {@code ACK <i> <market> <day>} as each save returns; every third save it prints {@code HK},
 * runs the housekeeping made to rewrite for five seconds, and prints {@code HKDONE <ran> <steps> <live before>
 * <live after>}; until killed.
 * <p>Arguments: data folder, user name, round.
 */
public final class SaveAndHousekeep {
    /** The keys written round and round: markets × days. */
    public static final int MARKETS = 4;
    public static final int DAYS = 5;
    public static final LocalDate FIRST = LocalDate.of(2024, 5, 1);

    private SaveAndHousekeep() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Actor actor = new Actor(args[1], "kill-test");
        int round = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Database db = Database.open(folder);
        Store store = new Store(db);
        EntryService entries = new EntryService(store, Clock.systemUTC());
        Catalog catalog = new ReferenceDataService(store).catalog();
        for (int i = 0; ; i++) {
            int market = catalog.activeMarkets().get(i % MARKETS).id();
            LocalDate day = FIRST.plusDays((i / MARKETS) % DAYS);
            List<MarketDayEntry.Line> lines = new ArrayList<>();
            for (Commodity c : catalog.activeCommodities()) {
                lines.add(new MarketDayEntry.Line(c.id(), price(round, i, c.id()), List.of(), null));
            }
            entries.save(actor, new MarketDayEntry(market, day, lines));
            out.println("ACK " + i + " " + market + " " + day);
            out.flush();
            if (i % 3 == 2) {
                out.println("HK");
                out.flush();
                // Thresholds of 100%: the run rewrites chunk after chunk for its whole budget, whatever the file.
                HousekeepingOutcome o = db.keepDense(Duration.ofSeconds(5), 100, 100);
                out.println("HKDONE " + o.ran() + " " + o.steps() + " " + o.liveBefore() + " " + o.liveAfter());
                out.flush();
            }
        }
    }

    /** The price of a commodity in the i-th save of a round; {@link #saveOf} reads (round, i) back from it. */
    public static long price(int round, int i, int commodityId) {
        return 1_000_000L * (round + 1) + 100L * i + commodityId;
    }

    /** The (round, i) of the save that wrote {@code price}, as round * 1,000,000 + i. */
    public static long saveOf(long price, int commodityId) {
        long round = price / 1_000_000L - 1;
        long i = (price - commodityId) % 1_000_000L / 100;
        return round * 1_000_000L + i;
    }
}
