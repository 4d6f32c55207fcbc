package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.indicators.Disparity;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.PeriodFigures;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code weekly --week YYYY-Www [--format table|csv|json]}: week averages, change, andil per group. */
@Command(name = "weekly")
final class WeeklyCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER = List.of("commodity_code", "commodity", "unit", "average",
            "previous_average", "change_rp", "change_pct", "markets", "matched_markets", "cv_pct",
            "cheapest_market", "cheapest_price", "dearest_market", "dearest_price");
    static final List<String> GROUP_HEADER = List.of("group_code", "group", "weight", "change_pct",
            "contribution_pp");

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www")
    String week;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json")
    String format;

    @Override
    public Integer call() {
        root.readerSession();
        Messages messages = root.messages();
        IsoWeek w = IsoWeek.parse(week)
                .orElseThrow(() -> new UserInputException(messages.get("indicators.cli.badWeek", week)));
        OutputFormat out = OutputFormat.parse(format, messages);
        var context = root.context();
        Catalog catalog = context.referenceData().catalog();
        WeekIndicators figures = context.indicators().week(w);
        List<PeriodFigures> sorted = figures.commodities().stream()
                .sorted(Comparator.comparing(PeriodFigures::code)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (PeriodFigures f : sorted) {
            Disparity d = f.disparity();
            rows.add(List.of(f.code(), f.name(), f.unit(), FigureText.num(f.average()),
                    FigureText.num(f.previousAverage()), f.change() == null ? "" : FigureText.num(f.change().rupiah()),
                    f.change() == null ? "" : FigureText.num(f.change().pct()), Integer.toString(f.markets()),
                    f.change() == null ? "0" : Integer.toString(f.change().matchedMarkets()),
                    d == null ? "" : FigureText.num(d.cvPct()),
                    d == null ? "" : catalog.market(d.cheapestMarketId()).code(),
                    d == null ? "" : FigureText.num(d.cheapestRp()),
                    d == null ? "" : catalog.market(d.dearestMarketId()).code(),
                    d == null ? "" : FigureText.num(d.dearestRp())));
        }
        WeightedChange wc = figures.weighted();
        List<List<String>> groups = new ArrayList<>();
        for (var g : wc.groups()) {
            groups.add(List.of(g.code(), g.name(), FigureText.num(g.weight()), FigureText.num(g.changePct()),
                    FigureText.num(g.contribution())));
        }
        String text = switch (out) {
            case CSV -> FigureText.csv(CSV_HEADER, rows) + "\n" + FigureText.csv(GROUP_HEADER, groups)
                    + "WEIGHTED," + w + "," + FigureText.num(wc.totalWeight()) + "," + FigureText.num(wc.pct()) + ","
                    + FigureText.num(wc.pct()) + "\n";
            case JSON -> FigureText.json(json(w, rows, groups, wc));
            case TABLE -> FigureText.table(header(messages, "indicators.table.week"), rows.stream()
                    .map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
                            r.get(9), r.get(10), r.get(12))).toList())
                    + "\n" + FigureText.table(header(messages, "indicators.table.groups"),
                            groups.stream().map(g -> List.of(g.get(1), g.get(2), g.get(3), g.get(4))).toList())
                    + "\n" + messages.get("indicators.table.weighted", w.toString(), FigureText.num(wc.pct())) + "\n";
        };
        FigureText.print(spec.commandLine().getOut(), text);
        return 0;
    }

    private static List<String> header(Messages messages, String key) {
        return Arrays.asList(messages.get(key).split(","));
    }

    private static Map<String, Object> json(IsoWeek w, List<List<String>> rows, List<List<String>> groups,
                                            WeightedChange wc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("week", w.toString());
        m.put("from", w.monday().toString());
        m.put("to", w.sunday().toString());
        m.put("commodities", rows.stream().map(r -> object(CSV_HEADER, r)).toList());
        m.put("groups", groups.stream().map(g -> object(GROUP_HEADER, g)).toList());
        m.put("weighted_change_pct", wc.pct());
        m.put("total_weight", wc.totalWeight());
        return m;
    }

    /** Numbers stay numbers in JSON; empty cells become null. */
    private static Map<String, Object> object(List<String> header, List<String> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String v = row.get(i);
            Object value = v;
            if (v.isEmpty()) {
                value = null;
            } else if (v.matches("-?\\d+(\\.\\d+)?") && !header.get(i).endsWith("code")
                    && !header.get(i).endsWith("market")) {
                value = v.contains(".") ? Double.valueOf(v) : (Object) Integer.valueOf(v);
            }
            m.put(header.get(i), value);
        }
        return m;
    }
}
