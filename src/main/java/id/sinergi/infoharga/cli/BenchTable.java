package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The figures of {@code bench} as a table for people: one line a figure, labelled in the user's language. */
final class BenchTable {
    private BenchTable() {
    }

    /** The figures with median/min/max: their path in the JSON and the key of their label. */
    private static final List<Map.Entry<String, String>> TIMED = List.of(
            Map.entry("version", "bench.row.version"), Map.entry("marketsEmpty", "bench.row.marketsEmpty"),
            Map.entry("markets", "bench.row.markets"), Map.entry("import", "bench.row.import"),
            Map.entry("dashboard", "bench.row.dashboard"), Map.entry("trend", "bench.row.trend"),
            Map.entry("report.numbers", "bench.row.report.numbers"), Map.entry("report.xlsx", "bench.row.report.xlsx"),
            Map.entry("report.pdf", "bench.row.report.pdf"),
            Map.entry("report.xlsxProcess", "bench.row.report.xlsxProcess"), Map.entry("alps", "bench.row.alps"));

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> figures, Messages m, PrintWriter w) {
        Map<String, Object> scale = (Map<String, Object>) figures.get("scale");
        w.println(m.get("bench.scale", scale.get("markets"), scale.get("commodities"), scale.get("years"),
                scale.get("prices"), scale.get("java"), scale.get("cores"), scale.get("loadAverageStart"),
                scale.get("loadAverageEnd")));
        w.printf("%-44s %12s %12s %12s %s%n", m.get("bench.column.what"), m.get("bench.column.median"),
                m.get("bench.column.min"), m.get("bench.column.max"), m.get("bench.column.unit"));
        for (Map.Entry<String, String> row : TIMED) {
            Map<String, Object> f = (Map<String, Object>) at(figures, row.getKey());
            w.printf("%-44s %12s %12s %12s %s%n", m.get(row.getValue()), f.get("median"), f.get("min"),
                    f.get("max"), f.get("unit"));
        }
        Map<String, Object> save = (Map<String, Object>) figures.get("save");
        w.println(m.get("bench.row.save", save.get("p50Ms"), save.get("p99Ms"), save.get("saves")));
        Map<String, Object> bytes = (Map<String, Object>) figures.get("bytes");
        w.println(m.get("bench.row.bytes", bytes.get("perPriceAsLeft"), bytes.get("perPriceAfterSaves"),
                bytes.get("daysOfSaves")));
        Map<String, Object> demo = (Map<String, Object>) figures.get("demo");
        w.println(m.get("bench.row.demo", demo.get("seconds")));
        w.println(m.get("bench.row.demoHeap", demo.get("peakHeapMb")));
        Map<String, Object> compact = (Map<String, Object>) figures.get("compact");
        if (compact != null) {
            w.println(m.get("bench.row.compact", compact.get("seconds"), compact.get("perPriceAfter")));
        }
        Map<String, Object> heap = (Map<String, Object>) figures.get("heap");
        w.println(m.get("bench.row.heap", heap.get("afterDashboardMb")));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> figures, String path) {
        Object here = figures;
        for (String part : path.split("\\.")) {
            here = ((Map<String, Object>) here).get(part);
        }
        return here;
    }
}
