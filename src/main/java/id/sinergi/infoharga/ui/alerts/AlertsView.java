package id.sinergi.infoharga.ui.alerts;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.LevelBadgeCell;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The alerts of a day with filters; an alert is acknowledged with a note (button or Enter). */
public final class AlertsView implements Screen {
    private final AlertsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<AlertRow> table = new TableView<>();
    private final DatePicker dayPicker = new DatePicker();
    private final Label message = new Label();

    public AlertsView(ShellServices services) {
        this(new AlertsViewModel(services.context().alerts(), services.context().acknowledgements(),
                services.messages(), services.tasks(), services.session()::actor,
                () -> LocalDate.now(services.context().clock())), services);
        model.showDay(null);
    }

    AlertsView(AlertsViewModel model, ShellServices services) {
        this.model = model;
        this.messages = services.messages();
        this.formats = services.formats();
        this.dialogs = services.dialogs();
        root.getStyleClass().addAll(Styles.PAGE, "alerts-screen");
        root.setId("alerts-screen");
        root.setTop(buildToolbar());
        buildTable();
        root.setCenter(table);
        message.setId("alerts-message");
        message.getStyleClass().add("trend-message");
        message.setWrapText(true);
        root.setBottom(message);
        table.setItems(model.rows());
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.dayProperty().addListener((o, a, d) -> dayPicker.setValue(d));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
        table.requestFocus();
    }

    private Node buildToolbar() {
        Label title = new Label(messages.get("alerts.title"));
        title.getStyleClass().add(Styles.TITLE);
        dayPicker.setId("alerts-day");
        dayPicker.setPrefWidth(130);
        dayPicker.setConverter(formats.dayConverter(() -> model.dayProperty().get()));
        dayPicker.setOnAction(e -> {
            if (dayPicker.getValue() != null && !dayPicker.getValue().equals(model.dayProperty().get())) {
                model.showDay(dayPicker.getValue());
            }
        });
        ComboBox<AlertLevel> level = new ComboBox<>();
        level.setId("alerts-level");
        level.getItems().add(null);
        level.getItems().addAll(AlertLevel.WASPADA, AlertLevel.SIAGA, AlertLevel.AWAS);
        level.setConverter(converter(l -> l == null ? messages.get("dashboard.filter.allLevels") : l.label()));
        level.setOnAction(e -> model.filterLevel(level.getValue()));
        ComboBox<AlertKind> kind = new ComboBox<>();
        kind.setId("alerts-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(AlertKind.values());
        kind.setConverter(converter(k -> k == null ? messages.get("alerts.filter.allKinds") : kindText(k)));
        kind.setOnAction(e -> model.filterKind(kind.getValue()));
        CheckBox open = new CheckBox(messages.get("alerts.filter.open"));
        open.setId("alerts-open");
        open.setOnAction(e -> model.showOpenOnly(open.isSelected()));
        Button ack = new Button(messages.get("alerts.ack.button"));
        ack.setId("alerts-ack");
        ack.getStyleClass().add(Styles.PRIMARY);
        ack.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        ack.setOnAction(e -> acknowledgeSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, new Label(messages.get("dashboard.day")), dayPicker, level, kind, open,
                ack);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("alerts-toolbar");
        return new VBox(4, bar);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private String kindText(AlertKind k) {
        return messages.get(switch (k) {
            case REFERENCE -> "alerts.kind.reference";
            case PRICE_RISE -> "alerts.kind.price_rise";
            case STOCK -> "alerts.kind.stock";
            case MISSING_REPORT -> "alerts.kind.missing_report";
        });
    }

    private void buildTable() {
        table.setId("alerts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("alerts.none")));
        TableColumn<AlertRow, AlertLevel> level = new TableColumn<>(messages.get("dashboard.col.level"));
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().alert().level()));
        level.setCellFactory(c -> new LevelBadgeCell<>());
        level.setPrefWidth(88);
        level.setMinWidth(88);
        // At 1366 px the columns add up to the table's width; long texts wrap or show whole in a tooltip.
        table.getColumns().setAll(List.of(level,
                wrapped(column("alerts.col.kind", r -> kindText(r.alert().kind()), 112)),
                wrapped(column("alerts.col.commodity", r -> r.alert().commodityName() == null ? "\u2013"
                        : r.alert().commodityName(), 130)),
                wrapped(column("alerts.col.place", r -> r.alert().placeName() == null ? messages.get("alerts.regency")
                        : r.alert().placeName(), 140)),
                number(column("alerts.col.value", r -> valueText(r.alert()), 80)),
                wrapped(column("alerts.col.reason", r -> r.alert().reason(), 430)),
                wrapped(column("alerts.col.ack", r -> r.acknowledged() ? followUpText(r) : "", 150))));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                acknowledgeSelected();
            }
        });
    }

    private String valueText(Alert a) {
        if (a.value() == null) {
            return a.kind() == AlertKind.STOCK ? messages.get("alerts.value.empty") : "\u2013";
        }
        return switch (a.kind()) {
            case REFERENCE, PRICE_RISE -> formats.percent(a.value());
            case STOCK -> messages.get("alerts.value.days", formats.decimal1(a.value()));
            case MISSING_REPORT -> a.threshold() == null ? String.format("%.0f", a.value())
                    : String.format("%.0f/%.0f", a.value(), a.threshold());
        };
    }

    private TableColumn<AlertRow, String> column(String key, Function<AlertRow, String> value, double width) {
        TableColumn<AlertRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** "✔ Operasi pasar Senin — analis, 3 Des 2026 08:15": what is being done, by whom, since when. */
    String followUpText(AlertRow r) {
        var ack = r.acknowledgement();
        return messages.get("alerts.followUp", ack.note(), ack.actor(), formats.dateTime(ack.ackedAt()));
    }

    /** Long texts wrap in their column (the row grows to hold them) and show whole in a tooltip. */
    private static TableColumn<AlertRow, String> wrapped(TableColumn<AlertRow, String> c) {
        c.setCellFactory(col -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text();
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
            TableCell<AlertRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String t, boolean empty) {
                    super.updateItem(t, empty);
                    text.setText(empty || t == null ? "" : t);
                    setGraphic(empty ? null : text);
                    setTooltip(empty || t == null || t.isEmpty() ? null : new javafx.scene.control.Tooltip(t));
                }
            };
            cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            return cell;
        });
        return c;
    }

    private static TableColumn<AlertRow, String> number(TableColumn<AlertRow, String> c) {
        c.getStyleClass().add(Styles.NUMBER);
        return c;
    }

    private void acknowledgeSelected() {
        AlertRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.acknowledged()) {
            message.setText(messages.get("alerts.ack.already"));
            return;
        }
        dialogs.askTexts(messages.get("alerts.ack.title"), row.alert().reason(),
                        List.of(messages.get("alerts.ack.note")), List.of(""))
                .ifPresent(texts -> model.acknowledge(row, texts.get(0)));
    }
}
