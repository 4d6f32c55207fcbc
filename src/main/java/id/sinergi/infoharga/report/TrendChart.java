package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.report.WeeklyReport.TrendSeries;
import id.sinergi.infoharga.domain.report.WeeklyReport.WeekPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The eight-week line chart of one key commodity, drawn by JFreeChart onto any Graphics2D (vector in the PDF). */
final class TrendChart {
    private static final Color LINE = new Color(0x1F, 0x4E, 0x79);
    private static final Color CEILING = new Color(0xC0, 0x39, 0x2B);

    private TrendChart() {
    }

    /**
     * The value axis starts at zero, so that a move of a few hundred Rupiah looks as small as it is; the HET (or
     * the top of the HAP range) is a dashed red line with its label, and the axis reaches above it.
     */
    static JFreeChart of(TrendSeries series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeekPoint p : series.points()) {
            // "W38" keeps eight labels readable under a quarter-page chart; the year is in the page header.
            data.addValue(p.averageRp(), series.commodityName(), "W" + String.format("%02d", p.week().week()));
        }
        CategoryAxis weeks = new CategoryAxis();
        weeks.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        weeks.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        NumberAxis rupiah = new NumberAxis();
        rupiah.setAutoRangeIncludesZero(true);
        rupiah.setNumberFormatOverride(new DecimalFormat("'Rp'#,##0",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"))));
        rupiah.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        CategoryPlot plot = new CategoryPlot(data, weeks, rupiah, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
        plot.setOutlineVisible(false);
        double top = series.points().stream().filter(p -> p.averageRp() != null).mapToDouble(p -> p.averageRp())
                .max().orElse(0);
        if (series.referenceRp() != null) {
            ValueMarker ceiling = new ValueMarker(series.referenceRp(), CEILING, new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0));
            ceiling.setLabel(series.referenceLabel());
            ceiling.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
            ceiling.setLabelPaint(CEILING);
            ceiling.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            ceiling.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(ceiling);
            top = Math.max(top, series.referenceRp());
        }
        if (top > 0) {
            rupiah.setRange(0, top * 1.15);
        }
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 11), plot, false);
        chart.setTitle(new TextTitle(series.commodityName() + " (Rp/" + series.unit() + ")",
                new Font(Font.SANS_SERIF, Font.BOLD, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
