package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.indicators.Change;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.Disparity;
import id.sinergi.infoharga.domain.indicators.Horizon;
import id.sinergi.infoharga.domain.indicators.MarketFigures;
import id.sinergi.infoharga.domain.indicators.PriceFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code indicators --date D [--market CODE|NAME] [--format table|csv|json]}: one day's figures per commodity. */
@Command(name = "indicators")
final class IndicatorsCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER = List.of("commodity_code", "commodity", "unit", "price", "markets",
            "day_pct", "week_pct", "month_pct", "year_pct", "ref_gap_pct", "ref_level", "rise_level", "cv_pct");

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    String date;
    @Option(names = "--market", paramLabel = "KODE|NAMA")
    String market;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json")
    String format;

    @Override
    public Integer call() {
        root.readerSession();
        Messages messages = root.messages();
        LocalDate day = FigureText.date(date, messages);
        OutputFormat out = OutputFormat.parse(format, messages);
        var context = root.context();
        Catalog catalog = context.referenceData().catalog();
        Market only = market == null ? null : catalog.findMarket(market)
                .orElseThrow(() -> new UserInputException(messages.get("indicators.cli.unknownMarket", market)));
        DayIndicators figures = context.indicators().day(day);
        List<Row> rows = rows(figures, only);
        String text = switch (out) {
            case CSV -> FigureText.csv(CSV_HEADER, rows.stream().map(Row::cells).toList());
            case JSON -> FigureText.json(rows.stream().map(r -> r.json(catalog)).toList());
            case TABLE -> rows.isEmpty() ? messages.get("indicators.cli.noData", day) + "\n"
                    : FigureText.table(Arrays.asList(messages.get("indicators.table.day").split(",")),
                            rows.stream().map(Row::cells).toList());
        };
        FigureText.print(spec.commandLine().getOut(), text);
        return 0;
    }

    /** One output row: a commodity's regency figures, or one market's own. */
    record Row(CommodityDay commodity, PriceFigures figures, MarketFigures market) {
        List<String> cells() {
            return List.of(commodity.code(), commodity.name(), commodity.unit(), FigureText.num(figures.price()),
                    Integer.toString(figures.markets()), pct(Horizon.DAY), pct(Horizon.WEEK), pct(Horizon.MONTH),
                    pct(Horizon.YEAR), figures.reference() == null ? "" : FigureText.num(figures.reference().gapPct()),
                    level(figures.reference() == null ? null : figures.reference().level()),
                    level(figures.riseLevel()),
                    figures.disparity() == null ? "" : FigureText.num(figures.disparity().cvPct()));
        }

        private String pct(Horizon h) {
            Change c = figures.change(h);
            return c == null ? "" : FigureText.num(c.pct());
        }

        private static String level(AlertLevel l) {
            return l == null ? "" : l.name();
        }

        Map<String, Object> json(Catalog catalog) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("commodity_code", commodity.code());
            m.put("commodity", commodity.name());
            m.put("unit", commodity.unit());
            if (market != null) {
                m.put("market_code", market.marketCode());
                m.put("market", market.marketName());
            }
            m.put("price", figures.price());
            m.put("markets", figures.markets());
            for (Horizon h : Horizon.values()) {
                Change c = figures.change(h);
                String key = h.name().toLowerCase(java.util.Locale.ROOT);
                m.put(key + "_pct", c == null ? null : c.pct());
                m.put(key + "_rp", c == null ? null : c.rupiah());
                m.put(key + "_base_date", c == null ? null : c.baseDate().toString());
                m.put(key + "_matched_markets", c == null ? null : c.matchedMarkets());
            }
            var ref = figures.reference();
            m.put("ref_kind", ref == null ? null : ref.kind().name());
            m.put("ref_low_rp", ref == null ? null : ref.lowRp());
            m.put("ref_high_rp", ref == null ? null : ref.highRp());
            m.put("ref_gap_pct", ref == null ? null : ref.gapPct());
            m.put("ref_level", ref == null ? null : ref.level().name());
            m.put("ref_below_low", ref == null ? null : ref.belowLow());
            m.put("rise_level", figures.riseLevel() == null ? null : figures.riseLevel().name());
            Disparity d = figures.disparity();
            m.put("cv_pct", d == null ? null : d.cvPct());
            m.put("cheapest_market", d == null ? null : catalog.market(d.cheapestMarketId()).code());
            m.put("cheapest_rp", d == null ? null : d.cheapestRp());
            m.put("dearest_market", d == null ? null : catalog.market(d.dearestMarketId()).code());
            m.put("dearest_rp", d == null ? null : d.dearestRp());
            m.put("spread_rp", d == null ? null : d.spreadRp());
            return m;
        }
    }

    /** One row per commodity observed that day (at the market, with {@code only}), by commodity code. */
    static List<Row> rows(DayIndicators figures, Market only) {
        List<Row> rows = new ArrayList<>();
        for (CommodityDay c : figures.commodities()) {
            if (only == null) {
                rows.add(new Row(c, c.regency(), null));
            } else {
                c.market(only.id()).ifPresent(m -> rows.add(new Row(c, m.figures(), m)));
            }
        }
        rows.sort(Comparator.comparing(r -> r.commodity().code()));
        return rows;
    }
}
