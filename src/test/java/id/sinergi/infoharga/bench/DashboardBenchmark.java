package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.dashboard.DashboardViewModel;
import id.sinergi.infoharga.ui.trend.TrendRange;
import id.sinergi.infoharga.ui.trend.TrendViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Dashboard refresh for one day and the trend of one commodity over all stored days (ten years on the demo
 * data), at service level and through the view models (synchronous runner, so the figure includes the view
 * model's own work: filtering, downsampling to the chart's width), median of 5 after one warm-up.
 * <p>Data: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.testing.DashboardDemoData
 * -Dexec.args="/tmp/dash-demo10 10 2026-11-28"}, then {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=id.sinergi.infoharga.bench.DashboardBenchmark -Dexec.args="/tmp/dash-demo10 2026-11-27"}.
 */
public final class DashboardBenchmark {
    private static final int RUNS = 5;
    /** About the chart's width in pixels at 1366×768. */
    private static final int CHART_POINTS = 1100;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/dash-demo10");
        Messages messages = new Messages(Messages.INDONESIAN);
        try (AppContext context = new AppContext(folder, Clock.systemDefaultZone(), messages)) {
            DateRange stored = context.indicators().storedDays().orElseThrow(
                    () -> new IllegalStateException("no prices in " + folder));
            LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : stored.to();
            System.out.printf("data: %s, %s to %s; day %s%n", folder, stored.from(), stored.to(), day);
            Commodity rice = context.referenceData().catalog().findCommodity("BERAS-MEDIUM").orElseThrow();
            var catalog = context.referenceData().catalog();

            report("dashboard, service (DashboardService.dashboard)", () -> context.dashboard().dashboard(day));
            report("  of which IndicatorService.day", () -> context.indicators().day(day));
            report("  of which IndicatorService.weeksUpTo (12 weeks)", () -> context.indicators().weeksUpTo(day, 12));
            report("  of which AlertService.alerts", () -> context.alerts().alerts(day));
            report("  of which AlertService.stock", () -> context.alerts().stock(day));
            DashboardViewModel dashboardModel = new DashboardViewModel(context.dashboard(),
                    context.acknowledgements(), catalog, messages, new CurrentThreadTaskRunner(), () -> day);
            report("dashboard, view model (showDay)", () -> {
                dashboardModel.showDay(day);
                return dashboardModel.rows().size();
            });
            DateRange all = new DateRange(stored.from(), day);
            report("trend all days, service (IndicatorService.history)", () ->
                    context.indicators().history(rice.id(), all).days().size());
            report("trend all days, service + downsampling to " + CHART_POINTS + " points", () ->
                    context.indicators().history(rice.id(), all).downsampled(CHART_POINTS).size());
            TrendViewModel trendModel = new TrendViewModel(context.indicators(), catalog, messages,
                    new CurrentThreadTaskRunner(), () -> day);
            trendModel.setMaxPoints(CHART_POINTS);
            trendModel.selectRange(TrendRange.ALL);
            report("trend all days, view model (show, range Semua)", () -> {
                trendModel.show(rice.id(), day);
                return trendModel.regency().size();
            });
            System.out.printf("  (%d days drawn as %d points)%n", trendModel.historyProperty().get().days().size(),
                    trendModel.regency().size());
        }
    }

    private static void report(String what, Supplier<Object> work) {
        work.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%-62s median %8.1f ms  (runs: %s)%n", what, sorted.get(RUNS / 2),
                ms.stream().map(v -> String.format("%.0f", v)).toList());
    }
}
