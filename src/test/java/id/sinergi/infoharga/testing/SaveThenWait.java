package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The child of {@code DurableSaveTest}: saves a few whole market-days through {@link EntryService#save}, prints
 * {@code ACK <market> <day> END} as each save returns, then waits to be killed.
 * <p>Arguments: data folder, user name, first day (ISO), how many market-days, the price base.
 */
public final class SaveThenWait {
    private SaveThenWait() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Actor actor = new Actor(args[1], "kill-test");
        LocalDate first = LocalDate.parse(args[2]);
        int days = Integer.parseInt(args[3]);
        long base = Long.parseLong(args[4]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Database db = Database.open(folder);
        Store store = new Store(db);
        EntryService entries = new EntryService(store, Clock.systemUTC());
        Catalog catalog = new ReferenceDataService(store).catalog();
        int market = catalog.activeMarkets().get(0).id();
        for (int d = 0; d < days; d++) {
            List<MarketDayEntry.Line> lines = new ArrayList<>();
            for (Commodity c : catalog.activeCommodities()) {
                lines.add(new MarketDayEntry.Line(c.id(), price(base, d, c.id()), List.of(), null));
            }
            entries.save(actor, new MarketDayEntry(market, first.plusDays(d), lines));
            out.println("ACK " + market + " " + first.plusDays(d) + " END");
            out.flush();
        }
        Thread.sleep(600_000);
    }

    /** The price the child saves for a commodity on its d-th day: the test computes the same. */
    public static long price(long base, int d, int commodityId) {
        return base + 100L * d + commodityId;
    }
}
