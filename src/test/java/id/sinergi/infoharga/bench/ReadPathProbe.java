package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.report.ReportFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The read paths of {@code info-harga bench} on an existing folder, with their parts, to profile them (run it under
 * JFR): {@code java -cp target/classes:target/test-classes:target/lib/* id.sinergi.infoharga.bench.ReadPathProbe
 * FOLDER [RUNS]}.
 */
public final class ReadPathProbe {
    private ReadPathProbe() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Messages messages = new Messages(Messages.INDONESIAN);
        try (AppContext context = new AppContext(folder, Clock.systemDefaultZone(), messages)) {
            LocalDate day = context.indicators().lastDayWithPrices(LocalDate.now()).orElseThrow();
            DateRange all = context.indicators().storedDays().map(r -> new DateRange(r.from(), day)).orElseThrow();
            int commodityId = context.referenceData().catalog().activeCommodities().get(0).id();
            IsoWeek week = IsoWeek.of(day);
            System.out.printf("folder %s, day %s%n", folder, day);
            report(runs, "dashboard", () -> context.dashboard().dashboard(day));
            report(runs, "  indicators.day", () -> context.indicators().day(day));
            report(runs, "  indicators.weeksUpTo 12", () -> context.indicators().weeksUpTo(day, 12));
            report(runs, "  alerts.alerts", () -> context.alerts().alerts(day));
            report(runs, "  alerts.stock", () -> context.alerts().stock(day));
            report(runs, "  alps", () -> context.indicators().alps(day));
            report(runs, "trend", () -> context.indicators().trend(commodityId, all, List.of()).downsampled(1100));
            report(runs, "  trend, every market's prices", () -> context.indicators().history(commodityId, all)
                    .downsampled(1100));
            report(runs, "report.numbers", () -> context.reports().weekly(week, "bench"));
            report(runs, "  indicators.weeks 8", () -> context.indicators().weeks(week, 8));
            WeeklyReport weekly = context.reports().weekly(week, "bench");
            for (ReportFormat f : List.of(ReportFormat.XLSX, ReportFormat.PDF)) {
                report(runs, "report." + f, () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try {
                        f.writer(messages::get).write(weekly, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return bytes.size();
                });
            }
            report(runs, "alps", () -> context.indicators().alps(day));
        }
    }

    private static void report(int runs, String what, Supplier<Object> work) {
        // CPU time of this thread beside the wall time: on a shared machine the load inflates the wall time.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        work.get();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        Collections.sort(ms);
        Collections.sort(cpu);
        System.out.printf("%-32s median %8.1f ms  min %8.1f  max %8.1f   cpu median %8.1f  min %8.1f%n", what,
                ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), cpu.get(cpu.size() / 2), cpu.get(0));
    }
}
