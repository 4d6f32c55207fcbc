package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutletStock;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.StockSeries.StockDay;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.LevelBadgeCell;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** A WULANDARI outlet's stock on a day, and the selected commodity's last 30 days. */
public final class StockView implements Screen {
    private final StockViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final TableView<OutletStock.Line> table = new TableView<>();
    private final ComboBox<Outlet> outletBox = new ComboBox<>();
    private final DatePicker dayPicker = new DatePicker();
    private final AreaChart<String, Number> chart = new AreaChart<>(new CategoryAxis(), new NumberAxis());
    private final Label message = new Label();

    public StockView(ShellServices services) {
        this(new StockViewModel(services.context().dashboard(), services.catalog(), services.messages(),
                services.tasks(), () -> LocalDate.now(services.context().clock())), services);
        model.refresh();
    }

    StockView(StockViewModel model, ShellServices services) {
        this.model = model;
        this.messages = services.messages();
        this.formats = services.formats();
        root.getStyleClass().addAll(Styles.PAGE, "stock-screen");
        root.setId("stock-screen");
        root.setTop(buildToolbar());
        buildTable();
        chart.setId("stock-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(230);
        chart.setMinHeight(180);
        VBox center = new VBox(6, table, chart);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setCenter(center);
        message.getStyleClass().add("trend-message");
        message.setId("stock-message");
        root.setBottom(message);
        table.setItems(model.lines());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            if (l != null) {
                model.select(l);
            }
        });
        model.selectedProperty().addListener((o, a, l) -> {
            drawChart(l);
            if (l != null && table.getSelectionModel().getSelectedItem() != l) {
                table.getSelectionModel().select(l);
            }
        });
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.outletProperty().addListener((o, a, v) -> outletBox.setValue(v));
        model.dayProperty().addListener((o, a, d) -> dayPicker.setValue(d));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        table.requestFocus();
    }

    private Node buildToolbar() {
        Label title = new Label(messages.get("stock.title"));
        title.getStyleClass().add(Styles.TITLE);
        outletBox.setId("stock-outlet");
        outletBox.setItems(model.outlets());
        outletBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outlet o) {
                return o == null ? "" : o.name();
            }

            @Override
            public Outlet fromString(String s) {
                return null;
            }
        });
        outletBox.setOnAction(e -> {
            if (outletBox.getValue() != null && !outletBox.getValue().equals(model.outletProperty().get())) {
                model.show(outletBox.getValue(), model.dayProperty().get());
            }
        });
        dayPicker.setId("stock-day");
        dayPicker.setPrefWidth(130);
        dayPicker.setConverter(formats.dayConverter(() -> model.dayProperty().get()));
        dayPicker.setOnAction(e -> {
            if (dayPicker.getValue() != null && !dayPicker.getValue().equals(model.dayProperty().get())) {
                model.show(model.outletProperty().get(), dayPicker.getValue());
            }
        });
        Button refresh = new Button(messages.get("dashboard.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, new Label(messages.get("stock.outlet")), outletBox,
                new Label(messages.get("dashboard.day")), dayPicker, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("stock-toolbar");
        return bar;
    }

    private void buildTable() {
        table.setId("stock-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("stock.none")));
        TableColumn<OutletStock.Line, AlertLevel> level = new TableColumn<>(messages.get("dashboard.col.level"));
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cover().level()));
        level.setCellFactory(c -> new LevelBadgeCell<>());
        level.setPrefWidth(90);
        table.getColumns().setAll(List.of(
                column("stock.col.commodity", l -> l.commodity().displayName(), 200),
                column("stock.col.onHand", l -> quantity(l.cover().onHand()) + " " + l.commodity().unit(), 110),
                column("stock.col.outflow", l -> String.format(messages.locale(), "%.1f %s", 
                        l.cover().meanDailyOutflow(), l.commodity().unit()), 120),
                column("stock.col.cover", l -> coverText(l.cover()), 110),
                level,
                column("stock.col.outletPrice", l -> l.outletPriceRp() == null ? "\u2013"
                        : formats.rupiah(l.outletPriceRp()), 110),
                column("stock.col.marketPrice", l -> l.regencyPriceRp() == null ? "\u2013"
                        : formats.rupiah(Math.round(l.regencyPriceRp())), 120),
                column("stock.col.gap", l -> l.priceGapPct() == null ? "\u2013" : formats.percent(l.priceGapPct()),
                        90)));
    }

    private String coverText(StockCover c) {
        if (c.empty()) {
            return messages.get("alerts.value.empty");
        }
        return c.daysOfCover() == null ? messages.get("stock.noOutflow")
                : messages.get("alerts.value.days", String.format(messages.locale(), "%.1f", c.daysOfCover()));
    }

    private String quantity(BigDecimal q) {
        BigDecimal plain = q.stripTrailingZeros();
        return plain.scale() <= 0 ? formats.grouped(plain.longValueExact())
                : String.format(messages.locale(), "%,.1f", plain);
    }

    private <T> TableColumn<OutletStock.Line, String> column(String key, Function<OutletStock.Line, String> value,
                                                             double width) {
        TableColumn<OutletStock.Line, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void drawChart(OutletStock.Line line) {
        chart.getData().clear();
        if (line == null) {
            chart.setTitle(null);
            return;
        }
        chart.setTitle(messages.get("stock.chart.title", line.commodity().displayName(), line.commodity().unit()));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (StockDay d : line.lastDays()) {
            s.getData().add(new XYChart.Data<>(d.date().format(f), d.onHand()));
        }
        chart.getData().add(s);
    }
}
