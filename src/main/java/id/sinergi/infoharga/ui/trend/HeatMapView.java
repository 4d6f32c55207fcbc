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
    /** Bin edges in %: beyond ±5 strong, beyond ±2 clear, beyond ±0.5 slight, else level. */
    private static final double[] EDGES = {5, 2, 0.5};
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
    }

    Node node() {
        return pane;
    }

    void show(GapMatrix m, List<Market> allMarkets, Commodity commodity) {
        this.matrix = m;
        this.markets = List.copyOf(allMarkets);
        pane.getChildren().clear();
        rowLabels.clear();
        columnLabels.clear();
        cells.clear();
        if (m == null) {
            return;
        }
        for (int r = 0; r < m.marketIds().size(); r++) {
            int id = m.marketIds().get(r);
            Label l = new Label(markets.stream().filter(x -> x.id() == id).map(Market::name).findFirst()
                    .orElse(String.valueOf(id)));
            l.getStyleClass().add("heatmap-market");
            rowLabels.add(l);
            List<Region> row = new ArrayList<>();
            for (Double gap : m.cells().get(r)) {
                Region cell = new Region();
                cell.getStyleClass().addAll("heatmap-cell", binClass(gap));
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

    static String binClass(Double gap) {
        if (gap == null) {
            return "gap-none";
        }
        double a = Math.abs(gap);
        String side = gap > 0 ? "above" : "below";
        if (a > EDGES[0]) {
            return "gap-" + side + "-3";
        }
        if (a > EDGES[1]) {
            return "gap-" + side + "-2";
        }
        return a > EDGES[2] ? "gap-" + side + "-1" : "gap-level";
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
