package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.indicators.Alert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code alerts --date D [--format table|csv|json]}: every alert of a day, most severe first. */
@Command(name = "alerts")
final class AlertsCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER = List.of("kind", "level", "commodity_code", "commodity", "place_code",
            "place", "value", "threshold", "reason");

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    String date;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json")
    String format;

    @Override
    public Integer call() {
        root.readerSession();
        Messages messages = root.messages();
        LocalDate day = FigureText.date(date, messages);
        OutputFormat out = OutputFormat.parse(format, messages);
        List<Alert> alerts = root.context().alerts().alerts(day);
        List<List<String>> rows = alerts.stream().map(a -> List.of(a.kind().name(), a.level().name(),
                nonNull(a.commodityCode()), nonNull(a.commodityName()), nonNull(a.placeCode()), nonNull(a.placeName()),
                FigureText.num(a.value()), FigureText.num(a.threshold()), a.reason())).toList();
        String text = switch (out) {
            case CSV -> FigureText.csv(CSV_HEADER, rows);
            case JSON -> FigureText.json(alerts.stream().map(AlertsCommand::json).toList());
            case TABLE -> alerts.isEmpty() ? messages.get("indicators.cli.noAlerts", day) + "\n"
                    : FigureText.table(Arrays.asList(messages.get("indicators.table.alerts").split(",")),
                            rows.stream().map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(5), r.get(6), r.get(7),
                                    r.get(8))).toList());
        };
        FigureText.print(spec.commandLine().getOut(), text);
        return 0;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> json(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().name());
        m.put("level", a.level().name());
        m.put("commodity_code", a.commodityCode());
        m.put("commodity", a.commodityName());
        m.put("place_code", a.placeCode());
        m.put("place", a.placeName());
        m.put("value", a.value());
        m.put("threshold", a.threshold());
        m.put("reason", a.reason());
        return m;
    }
}
