package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dashboard sections of {@link ReadPathProbe} once the JIT has compiled them, taken in turn, CPU time of the
 * calling thread: {@code java -cp target/classes:target/test-classes:target/lib/*
 * id.sinergi.infoharga.bench.DashboardWarmProbe FOLDER [WARM-UPS] [RUNS]}. ReadPathProbe's one warm-up and five
 * runs measure mostly code not compiled yet, and on a shared machine vary by half between runs of the same code;
 * comparing two versions needs the warmed figures beside them.
 */
public final class DashboardWarmProbe {
    private DashboardWarmProbe() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        try (AppContext context = new AppContext(folder, Clock.systemDefaultZone(),
                new Messages(Messages.INDONESIAN))) {
            LocalDate day = context.indicators().lastDayWithPrices(LocalDate.now()).orElseThrow();
            Map<String, Supplier<Object>> work = new LinkedHashMap<>();
            work.put("dashboard", () -> context.dashboard().dashboard(day));
            work.put("alerts.alerts", () -> context.alerts().alerts(day));
            work.put("alerts.stock", () -> context.alerts().stock(day));
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            for (int i = 0; i < warmUps + runs; i++) {
                for (var e : work.entrySet()) {
                    long c = BenchSupport.cpu();
                    e.getValue().get();
                    if (i >= warmUps) {
                        cpu.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add((BenchSupport.cpu() - c) / 1e6);
                    }
                }
            }
            System.out.printf("folder %s, day %s, %d warm-ups, %d runs%n", folder, day, warmUps, runs);
            cpu.forEach((what, ms) -> {
                Collections.sort(ms);
                System.out.printf("%-16s cpu median %7.1f  p25 %7.1f  min %7.1f%n", what, ms.get(ms.size() / 2),
                        ms.get(ms.size() / 4), ms.get(0));
            });
        }
    }
}
