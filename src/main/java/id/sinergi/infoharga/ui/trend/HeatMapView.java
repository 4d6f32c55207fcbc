package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.indicators.CommodityHistory.GapMatrix;
import id.sinergi.infoharga.ui.common.Formats;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Every market's gap to the regency price as a grid: a row per market, a column per period, the cell's colour
 * class by how far the market lies above or below (classes gap-below-2 … gap-above-2 in app.css).
 */
final class HeatMapView {
    private static final double LABEL_WIDTH = 170;
    private static final double HEADER = 22;

    private final Messages messages;
    private final Formats formats;
    private final Pane pane = new Pane() {
        @Override
        protected void layoutChildren() {
            place();
        }
    };
    private final Tooltip tip = new Tooltip();
    private final List<Label> rowLabels = new ArrayList<>();
    private final List<Label> columnLabels = new ArrayList<>();
    private final List<List<Region>> cells = new ArrayList<>();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 4);
    private final javafx.scene.layout.BorderPane box = new javafx.scene.layout.BorderPane();
    private HeatScale scale = HeatScale.STAPLES;
    private GapMatrix matrix;
    private List<Market> markets = List.of();

    HeatMapView(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        pane.setId("trend-heatmap");
        pane.getStyleClass().add("heatmap");
        pane.setOnMouseMoved(e -> {
            String text = textAt(e.getX(), e.getY());
            if (text == null) {
                tip.hide();
            } else {
                tip.setText(text);
                tip.show(pane, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
        pane.setOnMouseExited(e -> tip.hide());
        legend.setId("trend-heatmap-legend");
        legend.getStyleClass().add("heatmap-legend");
        box.setCenter(pane);
        box.setBottom(legend);
    }

    /** The grid with its colour scale underneath. */
    Node node() {
        return box;
    }

    HeatScale scale() {
        return scale;
    }

    void show(GapMatrix m, List<Market> allMarkets, Commodity commodity) {
        this.matrix = m;
        this.markets = List.copyOf(allMarkets);
        pane.getChildren().clear();
        rowLabels.clear();
        columnLabels.clear();
        cells.clear();
        legend.getChildren().clear();
        if (m == null) {
            return;
        }
        scale = HeatScale.of(m);
        buildLegend();
        for (int r = 0; r < m.marketIds().size(); r++) {
            int id = m.marketIds().get(r);
            Label l = new Label(markets.stream().filter(x -> x.id() == id).map(Market::name).findFirst()
                    .orElse(String.valueOf(id)));
            l.getStyleClass().add("heatmap-market");
            rowLabels.add(l);
            List<Region> row = new ArrayList<>();
            for (Double gap : m.cells().get(r)) {
                Region cell = new Region();
                cell.getStyleClass().addAll("heatmap-cell", scale.binClass(gap));
                row.add(cell);
            }
            cells.add(row);
            pane.getChildren().add(l);
            pane.getChildren().addAll(row);
        }
        int columns = m.starts().size();
        int every = Math.max(1, columns / 6);
        for (int c = 0; c < columns; c += every) {
            Label l = new Label(formats.shortDate(m.starts().get(c)));
            l.getStyleClass().add("heatmap-date");
            l.setUserData(c);
            columnLabels.add(l);
            pane.getChildren().add(l);
        }
        pane.requestLayout();
    }

    /** Seven swatches from "below −x %" to "above +x %", and "no report": the scale of this map. */
    private void buildLegend() {
        String lo = formats.decimal1(scale.low());
        String mid = formats.decimal1(scale.mid());
        String top = formats.decimal1(scale.top());
        Label caption = new Label(messages.get("trend.heat.caption"));
        caption.getStyleClass().add("heatmap-date");
        legend.getChildren().add(caption);
        swatch("gap-below-3", messages.get("trend.heat.below", top));
        swatch("gap-below-2", "\u2212" + top + " \u2026 \u2212" + mid);
        swatch("gap-below-1", "\u2212" + mid + " \u2026 \u2212" + lo);
        swatch("gap-level", "\u00b1" + lo);
        swatch("gap-above-1", "+" + lo + " \u2026 +" + mid);
        swatch("gap-above-2", "+" + mid + " \u2026 +" + top);
        swatch("gap-above-3", messages.get("trend.heat.above", top));
        swatch("gap-none", messages.get("trend.heat.none"));
    }

    private void swatch(String style, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("heatmap-swatch", style);
        r.setMinSize(16, 12);
        r.setPrefSize(16, 12);
        Label l = new Label(text + " %", r);
        if (style.equals("gap-none")) {
            l.setText(text);
        }
        l.getStyleClass().add("heatmap-date");
        legend.getChildren().add(l);
    }

    private void place() {
        if (matrix == null || matrix.starts().isEmpty()) {
            return;
        }
        double w = (pane.getWidth() - LABEL_WIDTH) / matrix.starts().size();
        double h = Math.min(26, (pane.getHeight() - HEADER) / Math.max(1, rowLabels.size()));
        for (int r = 0; r < rowLabels.size(); r++) {
            Label l = rowLabels.get(r);
            l.resizeRelocate(0, HEADER + r * h, LABEL_WIDTH - 6, h);
            List<Region> row = cells.get(r);
            for (int c = 0; c < row.size(); c++) {
                row.get(c).resizeRelocate(LABEL_WIDTH + c * w, HEADER + r * h, Math.max(1, w - 1), h - 1);
            }
        }
        for (Label l : columnLabels) {
            int c = (Integer) l.getUserData();
            // The last labels move left rather than run off the edge.
            l.resizeRelocate(Math.min(LABEL_WIDTH + c * w, pane.getWidth() - 110), 0, 110, HEADER);
        }
    }

    private String textAt(double x, double y) {
        if (matrix == null || matrix.starts().isEmpty() || x < LABEL_WIDTH || y < HEADER) {
            return null;
        }
        double w = (pane.getWidth() - LABEL_WIDTH) / matrix.starts().size();
        double h = Math.min(26, (pane.getHeight() - HEADER) / Math.max(1, rowLabels.size()));
        int c = (int) ((x - LABEL_WIDTH) / w);
        int r = (int) ((y - HEADER) / h);
        if (r >= rowLabels.size() || c >= matrix.starts().size()) {
            return null;
        }
        Double gap = matrix.cells().get(r).get(c);
        String period = matrix.starts().get(c).equals(matrix.ends().get(c))
                ? formats.date(matrix.starts().get(c))
                : formats.shortDate(matrix.starts().get(c)) + " \u2013 " + formats.shortDate(matrix.ends().get(c));
        return rowLabels.get(r).getText() + "\n" + period + "\n" + (gap == null
                ? messages.get("trend.tip.noReport") : messages.get("trend.tip.gap", formats.percent(gap)));
    }
}
