package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;

/**
 * The WULANDARI stock entry form: one line per commodity, Tab moves across a line then to the next, Ctrl+S saves.
 * Beside the fields: the stock on hand and days of cover after the last save, the outlet's and the market price.
 */
public final class StockEntryView implements Screen {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final StockEntryViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Outlet> outletBox = new ComboBox<>();
    private final DatePicker dayPicker = new DatePicker();
    private final Label message = new Label();
    private TextField firstField;
    /** Column widths: headers wrap onto two lines so that all ten columns fit beside the sidebar at 1366×768. */
    private static final double[] WIDTHS = {230, 70, 130, 70, 90, 75, 75, 60, 80, 80};
    private final java.util.Map<StockEntryRow, javafx.scene.Node[]> rowCells = new java.util.HashMap<>();

    public StockEntryView(ShellServices services) {
        this.model = new StockEntryViewModel(services.context().stock(), services.catalog(), services.messages(),
                services.tasks(), () -> services.session().actor(), services.dialogs(), services.formats()::date);
        services.officer().ifPresent(officer -> model.limitOutletsTo(officer.outletIds()));
        this.messages = services.messages();
        root.getStyleClass().add(Styles.PAGE);
        root.setId("stock-entry-screen");
        root.setTop(toolbar());
        root.setCenter(new ScrollPane(grid()));
        message.setId("stock-entry-message");
        root.setBottom(message);
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.busyProperty().addListener((o, a, b) -> root.setDisable(b));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                model.save();
            }
        });
        LocalDate today = LocalDate.now(services.context().clock());
        dayPicker.setConverter(services.formats().dayConverter(() -> model.dayProperty().get()));
        dayPicker.setPrefWidth(140);
        dayPicker.setValue(today);
        model.start(today);
        outletBox.setValue(model.outletProperty().get());
        outletBox.valueProperty().addListener((o, a, v) -> reload());
        dayPicker.valueProperty().addListener((o, a, v) -> reload());
    }

    private void reload() {
        // Kept (refused): the pickers go back to what the form still holds.
        model.requestShow(outletBox.getValue(), dayPicker.getValue(), () -> {
            outletBox.setValue(model.outletProperty().get());
            dayPicker.setValue(model.dayProperty().get());
        });
    }

    @Override
    public void leave(Runnable proceed, Runnable refused) {
        model.whenSafeToLeave(proceed, refused);
    }

    private VBox toolbar() {
        Label title = new Label(messages.get("stockentry.title"));
        title.getStyleClass().add(Styles.TITLE);
        outletBox.getItems().setAll(model.outlets());
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
        Button save = new Button(messages.get("stockentry.save"));
        save.setId("stock-entry-save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setOnAction(e -> model.save());
        Label outletLabel = new Label(messages.get("stock.outlet"));
        outletLabel.setLabelFor(outletBox);
        javafx.scene.control.CheckBox all = new javafx.scene.control.CheckBox(messages.get("stockentry.all"));
        all.setId("stock-entry-all");
        all.selectedProperty().bindBidirectional(model.allCommoditiesProperty());
        HBox bar = new HBox(8, outletLabel, outletBox, dayPicker, save, all);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("stock-toolbar");
        VBox top = new VBox(6, title, bar);
        top.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        return top;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        String[] heads = {"stockentry.col.commodity", "stockentry.col.receipt", "stockentry.col.source",
                "stockentry.col.saleQuantity", "stockentry.col.salePrice", "stockentry.col.count",
                "stockentry.col.onHand", "stockentry.col.cover", "stockentry.col.outletPrice",
                "stockentry.col.marketPrice"};
        double[] widths = WIDTHS;
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(messages.get(heads[c]));
            head.setWrapText(true);
            head.setMaxWidth(widths[c]);
            head.getStyleClass().add(Styles.MUTED);
            grid.add(head, c, 0);
            grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(widths[c] > 100 ? 60 : 40,
                    widths[c], Double.MAX_VALUE));
        }
        fillRows(grid);
        model.shownRows().addListener((javafx.collections.ListChangeListener<StockEntryRow>) c -> fillRows(grid));
        return grid;
    }

    /** The shown rows under the header row; each row's controls are made once and kept (their bindings too). */
    private void fillRows(GridPane grid) {
        grid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0);
        firstField = null;
        int r = 1;
        for (StockEntryRow row : model.shownRows()) {
            javafx.scene.Node[] cells = rowCells.computeIfAbsent(row, this::cells);
            for (int c = 0; c < cells.length; c++) {
                grid.add(cells[c], c, r);
            }
            if (firstField == null) {
                firstField = (TextField) cells[1];
            }
            r++;
        }
        // The cursor was in a row that is no longer shown (or nowhere yet): put it in the first field.
        javafx.scene.Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (firstField != null && root.getScene() != null
                && (owner == null || owner.getScene() == null || owner.getParent() == null)) {
            firstField.requestFocus();
        }
    }

    private javafx.scene.Node[] cells(StockEntryRow row) {
        Label name = new Label(row.commodity().displayName() + " (" + row.commodity().unit() + ")");
        name.setMaxWidth(WIDTHS[0]);
        return new javafx.scene.Node[] {name, field(row.receiptProperty(), 70), field(row.sourceProperty(), 125),
            field(row.saleQuantityProperty(), 70), field(row.salePriceProperty(), 90),
            field(row.countProperty(), 70), bound(row.onHandProperty()), bound(row.coverProperty()),
            bound(row.outletPriceProperty()), bound(row.marketPriceProperty())};
    }

    private TextField field(StringProperty value, double width) {
        TextField f = new TextField();
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label bound(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        return l;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (firstField != null) {
            firstField.requestFocus();
        }
    }
}
