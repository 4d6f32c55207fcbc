package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code alps --month YYYY-MM [--market CODE|NAME] [--format table|csv|json]}: the seasonal anomaly (ALPS, DESIGN
 * §4) of every active commodity for a month, with its level and z-score, or the reason a series has none.
 */
@Command(name = "alps")
final class AlpsCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER = List.of("commodity_code", "commodity", "unit", "month", "level", "alps",
            "actual", "fitted", "sigma", "observed_months", "span_months", "reason");

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
    String month;
    @Option(names = "--market", paramLabel = "KODE|NAMA")
    String market;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json")
    String format;

    @Override
    public Integer call() {
        root.readerSession();
        Messages messages = root.messages();
        YearMonth ym = month(month, messages);
        OutputFormat out = OutputFormat.parse(format, messages);
        var context = root.context();
        Catalog catalog = context.referenceData().catalog();
        Market only = market == null ? null : catalog.findMarket(market)
                .orElseThrow(() -> new UserInputException(messages.get("indicators.cli.unknownMarket", market)));
        List<AlpsResult> results = context.indicators().alps(ym, only == null ? null : only.id());
        String text = switch (out) {
            case CSV -> FigureText.csv(CSV_HEADER, results.stream().map(r -> cells(r, catalog, null)).toList());
            case JSON -> FigureText.json(results.stream().map(r -> json(r, catalog, only)).toList());
            case TABLE -> FigureText.table(Arrays.asList(messages.get("alps.table.header").split(",")),
                    results.stream().map(r -> table(r, catalog, messages)).toList());
        };
        FigureText.print(spec.commandLine().getOut(), text);
        return 0;
    }

    static YearMonth month(String text, Messages messages) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(messages.get("alps.cli.badMonth", text));
        }
    }

    /** CSV cells: level as its code (NORMAL, WASPADA, SIAGA, AWAS), numbers with a dot. */
    static List<String> cells(AlpsResult r, Catalog catalog, Messages messages) {
        Commodity c = catalog.commodity(r.commodityId());
        return List.of(c.code(), c.displayName(), c.unit(), r.eligible() ? r.month().toString() : "",
                r.level() == null ? "" : messages == null ? r.level().name()
                        : messages.get(Alps.levelKey(r.level())),
                FigureText.num(r.value()), FigureText.num(r.actual()), FigureText.num(r.fitted()),
                FigureText.num(r.sigma()), Integer.toString(r.observedMonths()), Integer.toString(r.spanMonths()),
                r.eligible() ? "" : r.reason());
    }

    /** The table for people: the level in the user's words, and the reason where there is no level. */
    private static List<String> table(AlpsResult r, Catalog catalog, Messages messages) {
        List<String> all = cells(r, catalog, messages);
        // Whole Rupiah for people; CSV and JSON keep the decimals.
        return new ArrayList<>(List.of(all.get(0), all.get(1), all.get(3), all.get(4), all.get(5),
                rupiah(r.actual()), rupiah(r.fitted()), all.get(9), all.get(11)));
    }

    private static String rupiah(Double v) {
        return v == null ? "" : Long.toString(Math.round(v));
    }

    private static Map<String, Object> json(AlpsResult r, Catalog catalog, Market only) {
        Commodity c = catalog.commodity(r.commodityId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commodity_code", c.code());
        m.put("commodity", c.displayName());
        m.put("unit", c.unit());
        if (only != null) {
            m.put("market_code", only.code());
            m.put("market", only.name());
        }
        m.put("month", r.eligible() ? r.month().toString() : null);
        m.put("level", r.level() == null ? null : r.level().name());
        m.put("alps", r.value());
        m.put("actual", r.actual());
        m.put("fitted", r.fitted());
        m.put("sigma", r.sigma());
        m.put("observed_months", r.observedMonths());
        m.put("span_months", r.spanMonths());
        m.put("reason", r.eligible() ? null : r.reason());
        return m;
    }
}
