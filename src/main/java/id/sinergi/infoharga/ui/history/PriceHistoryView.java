package id.sinergi.infoharga.ui.history;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Riwayat Harga: pick a market, a commodity and a day (or a range of days), then the saves of that price from the
 * audit trail. Also opened in its own window from the entry grid (F4) for the row under the cursor.
 */
public final class PriceHistoryView implements Screen {
    private final PriceHistoryViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Market> marketBox = new ComboBox<>();
    private final ComboBox<Commodity> commodityBox = new ComboBox<>();
    private final DatePicker fromPicker = new DatePicker();
    private final DatePicker toPicker = new DatePicker();
    private final TableView<HistoryRow> table = new TableView<>();
    private final Label message = new Label();
    private boolean syncing;

    public PriceHistoryView(ShellServices services) {
        this(new PriceHistoryViewModel(services.context().priceHistory(), services.catalog(), services.messages(),
                services.formats(), services.tasks(), () -> LocalDate.now(services.context().clock())), services);
    }

    PriceHistoryView(PriceHistoryViewModel model, ShellServices services) {
        this.model = model;
        this.messages = services.messages();
        this.formats = services.formats();
        root.getStyleClass().addAll(Styles.PAGE, "history-screen");
        root.setId("history-screen");
        root.setTop(buildToolbar());
        buildTable();
        root.setCenter(table);
        message.setId("history-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root.setBottom(message);
        model.marketProperty().addListener((o, a, m) -> sync(() -> marketBox.setValue(m)));
        model.commodityProperty().addListener((o, a, c) -> sync(() -> commodityBox.setValue(c)));
        model.fromProperty().addListener((o, a, d) -> sync(() -> fromPicker.setValue(d)));
        model.toProperty().addListener((o, a, d) -> sync(() -> toPicker.setValue(d)));
        sync(() -> {
            fromPicker.setValue(model.fromProperty().get());
            toPicker.setValue(model.toProperty().get());
        });
        if (model.marketProperty().get() == null) {
            model.refresh();
        }
    }

    /**
     * The history of one price in a window of its own over {@code owner} (Esc closes it), so that the entry grid
     * behind keeps what was typed.
     */
    public static void openWindow(ShellServices services, Window owner, Market market, Commodity commodity,
                                  LocalDate day) {
        PriceHistoryView view = new PriceHistoryView(services);
        view.model.show(market, commodity, day);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(services.messages().get("history.window", commodity.displayName(), market.name()));
        Scene scene = new Scene(view.root, 1180, 440);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        view.table.requestFocus();
    }

    public PriceHistoryViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (model.marketProperty().get() == null) {
            marketBox.requestFocus();
        } else {
            model.refresh();
            table.requestFocus();
        }
    }

    private Node buildToolbar() {
        Label title = new Label(messages.get("history.title"));
        title.getStyleClass().add(Styles.TITLE);
        marketBox.setId("history-market");
        marketBox.setItems(model.markets());
        marketBox.setVisibleRowCount(20);
        marketBox.setPromptText(messages.get("history.market"));
        marketBox.setConverter(converter(Market::name));
        commodityBox.setId("history-commodity");
        commodityBox.setItems(model.commodities());
        commodityBox.setVisibleRowCount(20);
        commodityBox.setPromptText(messages.get("history.commodity"));
        commodityBox.setConverter(converter(Commodity::displayName));
        commodityBox.setPrefWidth(220);
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setPrefWidth(135);
            p.setEditable(false);
            p.setConverter(formats.dayConverter(p::getValue));
        }
        fromPicker.setId("history-from");
        toPicker.setId("history-to");
        // A new first day moves a one-day question along with it; a range stays a range.
        fromPicker.setOnAction(e -> {
            LocalDate f = fromPicker.getValue();
            LocalDate before = model.fromProperty().get();
            LocalDate t = before != null && before.equals(model.toProperty().get()) ? f : toPicker.getValue();
            apply(f, t);
        });
        toPicker.setOnAction(e -> apply(fromPicker.getValue(), toPicker.getValue()));
        marketBox.setOnAction(e -> apply(fromPicker.getValue(), toPicker.getValue()));
        commodityBox.setOnAction(e -> apply(fromPicker.getValue(), toPicker.getValue()));
        Label fromLabel = new Label(messages.get("history.from"));
        fromLabel.setLabelFor(fromPicker);
        Label toLabel = new Label(messages.get("history.to"));
        toLabel.setLabelFor(toPicker);
        Button show = new Button(messages.get("history.show"));
        show.setId("history-show");
        show.getStyleClass().add(Styles.PRIMARY);
        show.disableProperty().bind(model.busyProperty());
        show.setOnAction(e -> apply(fromPicker.getValue(), toPicker.getValue()));
        // The title on its own line: beside five pickers it was cut to "Riwayat Har…" on a 1366×768 screen.
        HBox bar = new HBox(8, marketBox, commodityBox, fromLabel, fromPicker, toLabel, toPicker, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("alerts-toolbar");
        for (Region r : List.of(fromLabel, toLabel, show)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(6, title, bar);
    }

    private void apply(LocalDate f, LocalDate t) {
        if (!syncing) {
            model.show(marketBox.getValue(), commodityBox.getValue(), f, t);
        }
    }

    /** Shows the model's choice in the pickers without asking the model again. */
    private void sync(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void buildTable() {
        table.setId("history-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("history.empty")));
        TableColumn<HistoryRow, String> revision = column("history.col.revision", r -> Integer.toString(r.revision()),
                55);
        revision.getStyleClass().add(Styles.NUMBER);
        TableColumn<HistoryRow, String> before = wrapped(column("history.col.before", HistoryRow::before, 190));
        TableColumn<HistoryRow, String> after = wrapped(column("history.col.after", HistoryRow::after, 190));
        table.getColumns().setAll(List.of(revision,
                column("history.col.day", HistoryRow::day, 105),
                column("history.col.savedAt", HistoryRow::savedAt, 135),
                column("history.col.actor", HistoryRow::actor, 110),
                column("history.col.device", HistoryRow::device, 110),
                before, after,
                wrapped(column("history.col.reason", HistoryRow::reason, 200))));
    }

    private TableColumn<HistoryRow, String> column(String key, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Long texts show whole in a tooltip. */
    private static TableColumn<HistoryRow, String> wrapped(TableColumn<HistoryRow, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        return c;
    }
}
