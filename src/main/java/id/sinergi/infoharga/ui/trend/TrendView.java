package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutputTarget;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.HbknPeriod;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.indicators.CommodityHistory;
import id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import javax.imageio.ImageIO;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One commodity's trend chart, the market comparison and the gap heat map: nodes only, state in the model. */
public final class TrendView implements Screen {
    private final TrendViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final OutputTarget outputs;
    private final BorderPane root = new BorderPane();
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final TrendChart chart = new TrendChart(xAxis, yAxis);
    private final HeatMapView heatMap;
    private final StackPane center = new StackPane();
    private final ComboBox<Commodity> commodityBox = new ComboBox<>();
    private final ListView<Market> marketList = new ListView<>();
    private final Label message = new Label();
    private final Label legend = new Label();
    private final javafx.scene.layout.FlowPane keys = new javafx.scene.layout.FlowPane(12, 2);
    private final Tooltip tip = new Tooltip();
    private final ToggleGroup ranges = new ToggleGroup();
    private final ToggleGroup modes = new ToggleGroup();

    /** The sidebar's trend screen: today's trend of the first commodity. */
    public TrendView(ShellServices services) {
        this(new TrendViewModel(services.context().indicators(), services.catalog(), services.messages(),
                services.tasks(), () -> LocalDate.now(services.context().clock())), services, null);
        model.show(model.commodities().get(0).id(), null);
    }

    /**
     * @param back where the back button leads (e.g. to the dashboard), or null for none
     */
    public TrendView(TrendViewModel model, ShellServices services, Runnable back) {
        this.model = model;
        this.messages = services.messages();
        this.formats = services.formats();
        this.tasks = services.tasks();
        this.outputs = services.context().outputs();
        this.heatMap = new HeatMapView(messages, formats);
        root.getStyleClass().addAll(Styles.PAGE, "trend-screen");
        root.setId("trend-screen");
        root.setTop(buildToolbar(back));
        chart.setId("trend-chart");
        chart.setLegendSide(Side.BOTTOM);
        yAxis.setForceZeroInRange(false);
        yAxis.setLabel(messages.get("trend.axis.price"));
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return formats.grouped(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        xAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        center.getChildren().addAll(chart, heatMap.node());
        marketList.setId("trend-markets");
        marketList.setPrefWidth(210);
        marketList.setItems(model.markets());
        marketList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Market m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : (model.compared().contains(m) ? "\u2611 " : "\u2610 ") + m.name());
            }
        });
        marketList.setOnMouseClicked(e -> toggleSelectedMarket());
        marketList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                toggleSelectedMarket();
                e.consume();
            }
        });
        Label marketsCaption = new Label(messages.get("trend.compare.caption"));
        marketsCaption.getStyleClass().add(Styles.MUTED);
        marketsCaption.setWrapText(true);
        VBox side = new VBox(6, marketsCaption, marketList);
        VBox.setVgrow(marketList, Priority.ALWAYS);
        side.getStyleClass().add("trend-side");
        root.setCenter(center);
        legend.getStyleClass().add(Styles.MUTED);
        legend.setWrapText(true);
        keys.setId("trend-keys");
        message.setId("trend-message");
        message.getStyleClass().add("trend-message");
        root.setBottom(new VBox(2, message, keys, legend));

        model.modeProperty().addListener((o, a, m) -> root.setRight(m == TrendMode.COMPARE ? side : null));
        model.revisionProperty().addListener((o, a, b) -> {
            marketList.refresh();
            redraw();
        });
        model.messageProperty().addListener((o, a, text) -> message.setText(text));
        model.commodityProperty().addListener((o, a, c) -> commodityBox.getSelectionModel().select(c));
        model.rangeProperty().addListener((o, a, r) -> selectToggle(ranges, r));
        model.modeProperty().addListener((o, a, m) -> selectToggle(modes, m));
        commodityBox.getSelectionModel().select(model.commodityProperty().get());
        center.widthProperty().addListener((o, a, w) -> model.setMaxPoints((int) Math.round(w.doubleValue())));
        installTooltip();
        redraw();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        commodityBox.requestFocus();
    }

    public TrendViewModel model() {
        return model;
    }

    private Node buildToolbar(Runnable back) {
        // Two rows, so that the range and mode buttons and "Kembali" keep their whole width in both languages.
        HBox top = new HBox(12);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (back != null) {
            Button backButton = new Button(messages.get("trend.back"));
            backButton.setId("trend-back");
            backButton.setMinWidth(Region.USE_PREF_SIZE);
            backButton.setOnAction(e -> back.run());
            top.getChildren().add(backButton);
        }
        Label title = new Label(messages.get("trend.title"));
        title.getStyleClass().add(Styles.TITLE);
        title.setId("trend-title");
        top.getChildren().add(title);
        HBox bar = new HBox(8);
        bar.getStyleClass().add("trend-toolbar");
        commodityBox.setPrefWidth(300);
        commodityBox.setMinWidth(180);
        commodityBox.setId("trend-commodity");
        commodityBox.setItems(model.commodities());
        commodityBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Commodity c) {
                return c == null ? "" : c.displayName() + " (" + c.unit() + ")"
                        + (c.active() ? "" : " \u2013 " + messages.get("trend.retired"));
            }

            @Override
            public Commodity fromString(String s) {
                return null;
            }
        });
        commodityBox.setVisibleRowCount(16);
        commodityBox.setOnAction(e -> model.selectCommodity(commodityBox.getValue()));
        bar.getChildren().add(commodityBox);
        HBox rangeBox = new HBox(0);
        rangeBox.getStyleClass().add("segmented");
        for (TrendRange r : TrendRange.values()) {
            ToggleButton b = new ToggleButton(messages.get(r.labelKey()));
            b.setId("trend-range-" + r.name().toLowerCase());
            b.setUserData(r);
            b.setToggleGroup(ranges);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                model.selectRange(r);
                b.setSelected(true);
            });
            rangeBox.getChildren().add(b);
        }
        selectToggle(ranges, model.rangeProperty().get());
        HBox modeBox = new HBox(0);
        modeBox.getStyleClass().add("segmented");
        for (TrendMode m : TrendMode.values()) {
            ToggleButton b = new ToggleButton(messages.get(m.labelKey()));
            b.setId("trend-mode-" + m.name().toLowerCase());
            b.setUserData(m);
            b.setToggleGroup(modes);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                model.selectMode(m);
                b.setSelected(true);
            });
            modeBox.getChildren().add(b);
        }
        selectToggle(modes, model.modeProperty().get());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button(messages.get("trend.export"));
        export.setId("trend-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> exportPng());
        bar.getChildren().addAll(rangeBox, modeBox);
        top.getChildren().addAll(gap, export);
        return new VBox(6, top, bar);
    }

    private static void selectToggle(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void toggleSelectedMarket() {
        Market m = marketList.getSelectionModel().getSelectedItem();
        if (m != null) {
            model.toggleCompared(m);
            marketList.refresh();
        }
    }

    private void redraw() {
        CommodityHistory h = model.historyProperty().get();
        DateRange days = model.shownDaysProperty().get();
        boolean heat = model.modeProperty().get() == TrendMode.HEAT_MAP;
        chart.setVisible(!heat);
        heatMap.node().setVisible(heat);
        if (h == null || days == null) {
            return;
        }
        Commodity c = model.commodityProperty().get();
        chart.setTitle(c.displayName() + " \u2014 " + formats.shortDate(days.from()) + " \u2013 "
                + formats.shortDate(days.to()));
        if (heat) {
            heatMap.show(model.heatMapProperty().get(), model.markets(), c);
            keys.getChildren().clear();
            legend.setText(messages.get("trend.legend.heatMap"));
            return;
        }
        xAxis.setLowerBound(days.from().toEpochDay());
        xAxis.setUpperBound(days.to().toEpochDay());
        long span = days.to().toEpochDay() - days.from().toEpochDay();
        xAxis.setTickUnit(Math.max(1, span / 8.0));
        DateTimeFormatter f = DateTimeFormatter.ofPattern(span > 120 ? "MMM yyyy" : "d MMM", messages.locale());
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return LocalDate.ofEpochDay(Math.round(n.doubleValue())).format(f);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        XYChart.Series<Number, Number> regency = new XYChart.Series<>();
        regency.setName(messages.get("trend.series.regency"));
        for (RegencyDay d : model.regency()) {
            regency.getData().add(new XYChart.Data<>(d.date().toEpochDay(), d.mean()));
        }
        chart.getData().clear();
        chart.getData().add(regency);
        boolean compare = model.modeProperty().get() == TrendMode.COMPARE;
        if (compare) {
            for (Map.Entry<Market, List<PricePoint>> e : model.comparedSeriesProperty().get().entrySet()) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(e.getKey().name());
                for (PricePoint p : e.getValue()) {
                    s.getData().add(new XYChart.Data<>(p.date().toEpochDay(), p.priceRp()));
                }
                chart.getData().add(s);
            }
        }
        fitValueAxis(compare);
        chart.setDecorations(days, model.holidays(), model.references(), compare ? List.of() : model.regency());
        legend.setText(legendText(compare));
        showKeys(compare);
    }

    /** Swatches for what the chart draws: the lines, the band, the reference, and each holiday season shaded. */
    private void showKeys(boolean compare) {
        keys.getChildren().clear();
        keys.getChildren().add(key(line("trend-key-regency"), messages.get("trend.legend.regencyLine")));
        if (compare) {
            keys.getChildren().add(key(line("trend-key-market"), messages.get("trend.legend.marketLine")));
        } else {
            keys.getChildren().add(key(box("trend-band"), messages.get("trend.legend.band")));
        }
        for (ReferencePrice r : model.references()) {
            boolean range = r.kind() == ReferenceKind.HAP && r.lowRp() != null;
            keys.getChildren().add(key(range ? box("trend-hap") : line("trend-het"), range
                    ? "HAP " + formats.rupiah(r.lowRp()) + "\u2013" + formats.rupiah(r.highRp())
                    : r.kind().name() + " " + formats.rupiah(r.highRp())));
        }
        java.util.Set<HbknPeriod.Kind> shown = java.util.EnumSet.noneOf(HbknPeriod.Kind.class);
        for (HbknPeriod p : model.holidays()) {
            if (shown.add(p.kind())) {
                keys.getChildren().add(key(box("trend-holiday-" + p.kind().name().toLowerCase()),
                        messages.get("trend.holiday." + p.kind().name().toLowerCase())));
            }
        }
    }

    private static Node line(String style) {
        javafx.scene.shape.Line l = new javafx.scene.shape.Line(0, 0, 22, 0);
        l.getStyleClass().add(style);
        return l;
    }

    private static Node box(String style) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(18, 12);
        r.getStyleClass().addAll("trend-key-box", style);
        return r;
    }

    private static Label key(Node swatch, String text) {
        Label l = new Label(text, swatch);
        l.getStyleClass().addAll(Styles.MUTED, "trend-key");
        return l;
    }

    /** The value axis spans the band and the reference too, which the chart's own range would leave out. */
    private void fitValueAxis(boolean compare) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (RegencyDay d : model.regency()) {
            lo = Math.min(lo, compare ? d.mean() : d.low());
            hi = Math.max(hi, compare ? d.mean() : d.high());
        }
        for (List<PricePoint> series : model.comparedSeriesProperty().get().values()) {
            for (PricePoint p : series) {
                lo = Math.min(lo, p.priceRp());
                hi = Math.max(hi, p.priceRp());
            }
        }
        for (ReferencePrice r : model.references()) {
            lo = Math.min(lo, r.lowRp() == null ? r.highRp() : r.lowRp());
            hi = Math.max(hi, r.highRp());
        }
        if (hi <= 0) {
            yAxis.setAutoRanging(true);
            return;
        }
        double pad = Math.max(100, (hi - lo) * 0.05);
        double step = niceStep((hi - lo + 2 * pad) / 8);
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(Math.floor((lo - pad) / step) * step);
        yAxis.setUpperBound(Math.ceil((hi + pad) / step) * step);
        yAxis.setTickUnit(step);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private String legendText(boolean compare) {
        StringBuilder b = new StringBuilder(compare ? messages.get("trend.legend.compare")
                : messages.get("trend.legend.regency"));
        for (ReferencePrice r : model.references()) {
            b.append("  \u2022 ").append(r.kind() == ReferenceKind.HAP && r.lowRp() != null
                    ? messages.get("trend.legend.hap", formats.rupiah(r.lowRp()), formats.rupiah(r.highRp()),
                    r.regulation())
                    : messages.get("trend.legend.het", r.kind().name(), formats.rupiah(r.highRp()), r.regulation()));
        }
        return b.toString();
    }

    private void installTooltip() {
        Node plot = chart.lookup(".chart-plot-background");
        Supplier<Node> area = () -> chart.lookup(".chart-plot-background");
        tip.setId("trend-tooltip");
        chart.setOnMouseMoved(e -> {
            Node bg = plot != null ? plot : area.get();
            if (bg == null || model.regency().isEmpty()) {
                return;
            }
            var local = bg.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (local == null || !bg.getLayoutBounds().contains(local)) {
                tip.hide();
                return;
            }
            LocalDate day = chart.dayAt(local.getX());
            RegencyDay nearest = nearest(model.regency(), day);
            tip.setText(tooltipText(nearest));
            tip.show(chart, e.getScreenX() + 14, e.getScreenY() + 14);
        });
        chart.setOnMouseExited(e -> tip.hide());
    }

    private String tooltipText(RegencyDay d) {
        CommodityHistory h = model.historyProperty().get();
        StringBuilder b = new StringBuilder(formats.date(d.date()));
        b.append('\n').append(messages.get("trend.tip.regency", formats.rupiah(Math.round(d.mean())), d.markets()));
        if (d.markets() > 1) {
            b.append('\n').append(messages.get("trend.tip.band", formats.rupiah(d.low()),
                    marketName(d.lowMarketId()), formats.rupiah(d.high()), marketName(d.highMarketId())));
        }
        model.referenceOn(d.date()).ifPresent(r -> b.append('\n').append(r.kind() == ReferenceKind.HAP
                && r.lowRp() != null ? messages.get("trend.tip.hap", formats.rupiah(r.lowRp()),
                formats.rupiah(r.highRp())) : messages.get("trend.tip.het", r.kind().name(),
                formats.rupiah(r.highRp()))));
        for (Map.Entry<Market, List<PricePoint>> e : model.comparedSeriesProperty().get().entrySet()) {
            h.market(e.getKey().id()).stream().filter(p -> p.date().equals(d.date())).findFirst()
                    .ifPresent(p -> b.append('\n').append(e.getKey().name()).append(": ")
                            .append(formats.rupiah(p.priceRp())));
        }
        for (HbknPeriod p : model.holidays()) {
            if (p.contains(d.date())) {
                b.append('\n').append(messages.get(switch (p.kind()) {
                    case RAMADAN_IDULFITRI -> "trend.holiday.ramadan_idulfitri";
                    case IDULADHA -> "trend.holiday.iduladha";
                    case NATAL_TAHUN_BARU -> "trend.holiday.natal_tahun_baru";
                }));
            }
        }
        return b.toString();
    }

    private String marketName(int id) {
        return model.marketName(id);
    }

    private static RegencyDay nearest(List<RegencyDay> days, LocalDate day) {
        RegencyDay best = days.get(0);
        long bestGap = Long.MAX_VALUE;
        for (RegencyDay d : days) {
            long gap = Math.abs(d.date().toEpochDay() - day.toEpochDay());
            if (gap < bestGap) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }

    private void exportPng() {
        Commodity c = model.commodityProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("trend.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("tren-" + (c == null ? "komoditas" : c.code().toLowerCase()) + ".png");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file == null) {
            return;
        }
        Node shown = model.modeProperty().get() == TrendMode.HEAT_MAP ? heatMap.node() : chart;
        WritableImage image = shown.snapshot(null, null);
        // The chooser asked before an existing file is replaced; the data folder stays out of reach all the same.
        tasks.run(p -> outputs.write(file.toPath(), true,
                        out -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)),
                f -> message.setText(messages.get("trend.exported", f)),
                error -> message.setText(messages.get("trend.exportFailed", ProblemText.forUser(error, messages))));
    }
}
