package id.sinergi.infoharga.domain.report;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Words;
import id.sinergi.infoharga.domain.report.WeeklyReport.Ceiling;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The few plain sentences on the report's first page, written from the report's own figures (nothing computed
 * anew): the weighted change and its main driver; the largest rises and falls and why a sharp rise matters; the
 * commodities above HET/HAP; the WULANDARI stock; the markets whose reports are missing. Every sentence comes from
 * the message files, so an English report reads in English.
 */
public final class WeeklyNarrative {
    /** At most this many commodities or markets are named in a sentence; the rest are counted. */
    public static final int NAMED = 3;
    /** A week-on-week rise from this many percent is called sharp, with the sentence on why it matters. */
    public static final double SHARP_RISE_PCT = 5.0;
    /** A weighted change smaller than this (either way) reads as stable. */
    public static final double STABLE_PCT = 0.05;

    private WeeklyNarrative() {
    }

    public static List<String> write(WeeklyReport report, Words words) {
        List<String> out = new ArrayList<>();
        out.add(overall(report, words));
        movers(report, words, out);
        out.add(ceilings(report.aboveCeiling(), words));
        out.add(stock(report.stock(), words));
        out.add(missing(report.summary().completeness(), words));
        return out;
    }

    static String overall(WeeklyReport report, Words words) {
        Double pct = report.summary().weightedChangePct();
        if (pct == null) {
            return words.get("report.narrative.overall.none");
        }
        // The driver is the largest contribution in the direction of the change (a fall does not explain a rise).
        String driver = report.summary().topContributors().stream()
                .filter(c -> Math.signum(c.contributionPoints()) == Math.signum(pct))
                .filter(c -> Math.abs(c.contributionPoints()) >= 0.05)
                .findFirst()
                .map(c -> words.get("report.narrative.overall.driver", c.groupName(), points(c, words)))
                .orElse("");
        if (Math.abs(pct) < STABLE_PCT) {
            return words.get("report.narrative.overall.stable",
                    ReportText.inLanguage(ReportText.signedPct(pct), words)) + driver + ".";
        }
        return words.get(pct > 0 ? "report.narrative.overall.up" : "report.narrative.overall.down",
                ReportText.inLanguage(ReportText.pct(Math.abs(pct)), words)) + driver + ".";
    }

    private static String points(Contribution c, Words words) {
        String s = ReportText.decimal1(c.contributionPoints());
        return ReportText.inLanguage((c.contributionPoints() > 0 && !s.equals("0,0") ? "+" : "") + s, words);
    }

    static void movers(WeeklyReport report, Words words, List<String> out) {
        List<Mover> rises = report.summary().biggestRises();
        List<Mover> falls = report.summary().biggestFalls();
        if (rises.isEmpty() && falls.isEmpty()) {
            out.add(words.get("report.narrative.movers.none"));
            return;
        }
        if (!rises.isEmpty()) {
            out.add(words.get("report.narrative.rises", list(rises, words)));
            if (rises.get(0).changePct() >= SHARP_RISE_PCT) {
                out.add(words.get("report.narrative.rises.matter", rises.get(0).commodityName()));
            }
        }
        if (!falls.isEmpty()) {
            out.add(words.get("report.narrative.falls", list(falls, words)));
        }
    }

    private static String list(List<Mover> movers, Words words) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < movers.size() && i < NAMED; i++) {
            Mover m = movers.get(i);
            items.add(words.get("report.narrative.mover", m.commodityName(),
                    ReportText.inLanguage(ReportText.signedPct(m.changePct()), words),
                    m.changeRp() == null ? "" : " (" + ReportText.signedRupiah(m.changeRp()) + "/" + m.unit() + ")"));
        }
        return join(items, words);
    }

    static String ceilings(List<Ceiling> above, Words words) {
        if (above.isEmpty()) {
            return words.get("report.narrative.ceiling.none");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < above.size() && i < NAMED; i++) {
            Ceiling c = above.get(i);
            items.add(words.get("report.narrative.ceiling.item", c.commodityName(),
                    ReportText.rupiah(c.averageRp()) + "/" + c.unit(), ReportText.inLanguage(ReportText.pct(c.gapPct()), words),
                    c.referenceText()));
        }
        String more = above.size() > NAMED ? words.get("report.narrative.more", above.size() - NAMED) : "";
        return words.get("report.narrative.ceiling", above.size(), join(items, words) + more);
    }

    static String stock(List<StockRow> stock, Words words) {
        if (stock.isEmpty()) {
            return words.get("report.narrative.stock.none");
        }
        List<StockRow> short_ = stock.stream().filter(s -> s.level() != null && s.level().atLeast(AlertLevel.SIAGA))
                .toList();
        if (short_.isEmpty()) {
            return words.get("report.narrative.stock.safe", stock.size());
        }
        StockRow lowest = short_.stream().filter(s -> s.daysOfCover() != null)
                .min(Comparator.comparingDouble(StockRow::daysOfCover)).orElse(short_.get(0));
        return words.get("report.narrative.stock.short", short_.size(), stock.size(), lowest.commodityName(),
                lowest.outletName(), lowest.daysOfCover() == null ? "\u2013"
                        : ReportText.inLanguage(ReportText.decimal1(lowest.daysOfCover()), words));
    }

    static String missing(List<Completeness> markets, Words words) {
        List<Completeness> gaps = markets.stream().filter(c -> c.expected() > 0 && c.reported() < c.expected())
                .sorted(Comparator.comparingDouble((Completeness c) -> c.percent())
                        .thenComparing(Completeness::marketName))
                .toList();
        if (gaps.isEmpty()) {
            return words.get("report.narrative.missing.none");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < gaps.size() && i < NAMED; i++) {
            items.add(words.get("report.narrative.missing.item", gaps.get(i).marketName(),
                    ReportText.inLanguage(ReportText.pct(gaps.get(i).percent()), words)));
        }
        String more = gaps.size() > NAMED ? words.get("report.narrative.more", gaps.size() - NAMED) : "";
        return words.get("report.narrative.missing", gaps.size(), markets.size(), join(items, words) + more);
    }

    /** "a", "a dan b", "a, b dan c". */
    private static String join(List<String> items, Words words) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + words.get("report.narrative.and")
                + items.get(items.size() - 1);
    }
}
