package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Market-day saves through the app layer (every commodity, synced as the entry screen's) on a COPY of an existing
 * folder, after its last day, with wall and thread CPU time per save: what the kept aggregates add to a save.
 * {@code java -cp target/classes:target/test-classes:target/lib/* id.sinergi.infoharga.bench.SaveProbe FOLDER USER
 * PASSWORD [DAYS]}.
 */
public final class SaveProbe {
    private SaveProbe() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AppContext context = new AppContext(folder, Clock.systemDefaultZone(), new Messages(Messages.INDONESIAN));
        try {
            Actor admin = context.accounts().login(args[1], args[2], context.device().identity().name());
            LocalDate first = context.indicators().lastDayWithPrices(LocalDate.of(2100, 1, 1)).orElseThrow()
                    .plusDays(1);
            List<Market> markets = context.referenceData().catalog().activeMarkets();
            List<Commodity> commodities = context.referenceData().catalog().activeCommodities();
            Random random = new Random(16);
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            boolean warm = false;
            for (int d = 0; d < days; d++) {
                for (Market m : markets) {
                    List<MarketDayEntry.Line> lines = new ArrayList<>();
                    for (Commodity c : commodities) {
                        lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 50L * random.nextInt(40), List.of(), null));
                    }
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    context.entries().save(admin, new MarketDayEntry(m.id(), first.plusDays(d), lines));
                    if (warm) {
                        ms.add((System.nanoTime() - t0) / 1e6);
                        cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                    }
                    warm = true;
                }
            }
            Collections.sort(ms);
            Collections.sort(cpu);
            System.out.printf("%d saves of %d prices: wall p50 %.1f ms p90 %.1f p99 %.1f max %.1f; cpu p50 %.1f ms"
                            + " p90 %.1f%n", ms.size(), commodities.size(), ms.get(ms.size() / 2),
                    ms.get(ms.size() * 9 / 10), ms.get(ms.size() * 99 / 100), ms.get(ms.size() - 1),
                    cpu.get(cpu.size() / 2), cpu.get(cpu.size() * 9 / 10));
        } finally {
            long t0 = System.nanoTime();
            context.close();
            System.out.printf("close %.0f ms (with the housekeeping's run at close)%n", (System.nanoTime() - t0) / 1e6);
        }
    }
}
