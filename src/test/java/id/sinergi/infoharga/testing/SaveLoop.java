package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of the kill test: saves market-days through {@link EntryService#save} for ever and prints
 * each save before it starts ({@code TRY}) and once it was acknowledged ({@code ACK}). Every line ends in
 * {@code END} so that a line cut by the kill can be told from a whole one. Every third save changes the previous
 * market-day again, so that updates are killed as well as inserts.
 * <p>Arguments: data folder, user name, a scratch folder. It first warms up on a scratch database (so that the
 * test can start the next child while the previous one runs), prints {@code WARM}, then reads the first day
 * (ISO) from standard input, opens the data folder and prints {@code READY}.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Actor actor = new Actor(args[1], "kill-test");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Database scratch = Database.open(Path.of(args[2]))) {
            new ReferenceDataService(new Store(scratch)).catalog();
        }
        out.println("WARM END");
        out.flush();
        String day = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (day == null) {
            return;
        }
        LocalDate firstDay = LocalDate.parse(day.strip());
        Database db = Database.open(folder);
        Store store = new Store(db);
        EntryService entries = new EntryService(store, Clock.systemUTC());
        Catalog catalog = new ReferenceDataService(store).catalog();
        List<Market> markets = catalog.activeMarkets();
        List<Commodity> commodities = catalog.activeCommodities().subList(0, 5);
        out.println("READY END");
        out.flush();
        MarketDayEntry previous = null;
        for (int n = 0; ; n++) {
            MarketDayEntry entry;
            if (n % 3 == 2) {
                entry = withPrices(previous, n, commodities);
            } else {
                int slot = n - n / 3;
                Market market = markets.get(slot % markets.size());
                entry = withPrices(new MarketDayEntry(market.id(), firstDay.plusDays(slot / markets.size()),
                        List.of()), n, commodities);
            }
            out.println("TRY " + describe(entry) + " END");
            out.flush();
            entries.save(actor, entry);
            out.println("ACK " + describe(entry) + " END");
            out.flush();
            previous = entry;
        }
    }

    private static MarketDayEntry withPrices(MarketDayEntry at, int n, List<Commodity> commodities) {
        List<MarketDayEntry.Line> lines = new ArrayList<>();
        for (Commodity c : commodities) {
            lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 7L * n + c.id(), List.of(), null));
        }
        return new MarketDayEntry(at.marketId(), at.day(), lines);
    }

    /** "market day commodity=price,…": what the test parses back. */
    static String describe(MarketDayEntry e) {
        StringBuilder s = new StringBuilder().append(e.marketId()).append(' ').append(e.day()).append(' ');
        for (int i = 0; i < e.lines().size(); i++) {
            MarketDayEntry.Line l = e.lines().get(i);
            s.append(i == 0 ? "" : ",").append(l.commodityId()).append('=').append(l.priceRp());
        }
        return s.toString();
    }
}
