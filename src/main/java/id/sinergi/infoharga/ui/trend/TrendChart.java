package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.domain.HbknPeriod;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay;
import id.sinergi.infoharga.domain.indicators.DateRange;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart over days (x = epoch day) that also draws, behind its lines, the shaded holiday seasons, the
 * reference price (a HET as a line, a HAP range as a band) and the band from the cheapest to the dearest market.
 * Shapes carry style classes; their colours are in app.css.
 */
final class TrendChart extends LineChart<Number, Number> {
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final List<Rectangle> holidayShapes = new ArrayList<>();
    private final List<HbknPeriod> holidays = new ArrayList<>();
    private final List<Node> referenceShapes = new ArrayList<>();
    private final List<ReferencePrice> references = new ArrayList<>();
    private final Polygon band = new Polygon();
    private List<RegencyDay> bandDays = List.of();
    private DateRange days;

    TrendChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        setCreateSymbols(false);
        setAnimated(false);
        band.getStyleClass().add("trend-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
    }

    void setDecorations(DateRange shown, List<HbknPeriod> seasons, List<ReferencePrice> refs,
                        List<RegencyDay> bandOf) {
        this.days = shown;
        getPlotChildren().removeAll(holidayShapes);
        getPlotChildren().removeAll(referenceShapes);
        getPlotChildren().remove(band);
        holidayShapes.clear();
        holidays.clear();
        referenceShapes.clear();
        references.clear();
        holidays.addAll(seasons);
        for (HbknPeriod p : seasons) {
            Rectangle r = new Rectangle();
            r.getStyleClass().addAll("trend-holiday", "trend-holiday-" + p.kind().name().toLowerCase());
            r.setManaged(false);
            r.setMouseTransparent(true);
            holidayShapes.add(r);
        }
        references.addAll(refs);
        for (ReferencePrice ref : refs) {
            Node n;
            if (ref.kind() == ReferenceKind.HAP && ref.lowRp() != null) {
                Rectangle r = new Rectangle();
                r.getStyleClass().add("trend-hap");
                n = r;
            } else {
                Line l = new Line();
                l.getStyleClass().add("trend-het");
                n = l;
            }
            n.setManaged(false);
            n.setMouseTransparent(true);
            referenceShapes.add(n);
        }
        bandDays = bandOf;
        getPlotChildren().addAll(0, holidayShapes);
        getPlotChildren().add(holidayShapes.size(), band);
        getPlotChildren().addAll(holidayShapes.size() + 1, referenceShapes);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (days == null) {
            return;
        }
        double top = 0;
        double bottom = yAxis.getHeight();
        double left = x(days.from());
        double right = x(days.to());
        for (int i = 0; i < holidayShapes.size(); i++) {
            HbknPeriod p = holidays.get(i);
            double x0 = Math.max(left, x(p.from()));
            double x1 = Math.min(right, x(p.to()));
            Rectangle r = holidayShapes.get(i);
            r.setX(x0);
            r.setY(top);
            r.setWidth(Math.max(0, x1 - x0));
            r.setHeight(bottom - top);
        }
        for (int i = 0; i < referenceShapes.size(); i++) {
            ReferencePrice ref = references.get(i);
            double x0 = Math.max(left, x(ref.validFrom()));
            double x1 = ref.validTo() == null ? right : Math.min(right, x(ref.validTo()));
            double yHigh = yAxis.getDisplayPosition(ref.highRp());
            if (referenceShapes.get(i) instanceof Rectangle r) {
                double yLow = yAxis.getDisplayPosition(ref.lowRp());
                r.setX(x0);
                r.setWidth(Math.max(0, x1 - x0));
                r.setY(Math.min(yHigh, yLow));
                r.setHeight(Math.abs(yLow - yHigh));
            } else if (referenceShapes.get(i) instanceof Line l) {
                l.setStartX(x0);
                l.setEndX(x1);
                l.setStartY(yHigh);
                l.setEndY(yHigh);
            }
        }
        List<Double> coords = new ArrayList<>(bandDays.size() * 4);
        for (RegencyDay d : bandDays) {
            coords.add(x(d.date()));
            coords.add(yAxis.getDisplayPosition(d.high()));
        }
        for (int i = bandDays.size() - 1; i >= 0; i--) {
            coords.add(x(bandDays.get(i).date()));
            coords.add(yAxis.getDisplayPosition(bandDays.get(i).low()));
        }
        band.getPoints().setAll(coords);
    }

    /** The day under a pixel of the plot area. */
    LocalDate dayAt(double plotX) {
        return LocalDate.ofEpochDay(Math.round(xAxis.getValueForDisplay(plotX).doubleValue()));
    }

    private double x(LocalDate d) {
        return xAxis.getDisplayPosition(d.toEpochDay());
    }
}
