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
        VBox content = new VBox(14, grid(), dayList());
        content.setPadding(new javafx.geometry.Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        message.setId("stock-entry-message");
        message.getStyleClass().add(Styles.MESSAGE);
        message.setWrapText(true);
        root.setBottom(message);
        model.focusRowProperty().addListener((o, a, row) -> {
            if (row != null) {
                javafx.application.Platform.runLater(() -> focusField(row, model.focusField()));
            }
        });
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.busyProperty().addListener((o, a, b) -> {
            root.setDisable(b);
            // Disabling the form while saving drops the cursor: back to the first field, ready for the next line.
            if (!b) {
                javafx.application.Platform.runLater(() -> {
                    if (root.getScene() != null && !(root.getScene().getFocusOwner() instanceof TextField)
                            && firstField != null) {
                        firstField.requestFocus();
                    }
                });
            }
        });
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
            for (int c = 0; c < cells.length - 1; c++) {
                grid.add(cells[c], c, r);
            }
            // The row's error under its fields (shown only when there is one).
            grid.add(cells[cells.length - 1], 1, r + 1, cells.length - 2, 1);
            if (firstField == null) {
                firstField = (TextField) cells[1];
            }
            r += 2;
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
        Label error = new Label();
        error.setId("stock-error-" + row.commodity().code());
        error.getStyleClass().addAll(Styles.MESSAGE, Styles.MESSAGE_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new javafx.scene.Node[] {name, field(row, StockEntryRow.Field.RECEIPT, 70),
            field(row, StockEntryRow.Field.SOURCE, 125), field(row, StockEntryRow.Field.SALE_QUANTITY, 70),
            field(row, StockEntryRow.Field.SALE_PRICE, 90), field(row, StockEntryRow.Field.COUNT, 70),
            bound(row.onHandProperty()), bound(row.coverProperty()), bound(row.outletPriceProperty()),
            bound(row.marketPriceProperty()), error};
    }

    private TextField field(StockEntryRow row, StockEntryRow.Field which, double width) {
        TextField f = new TextField();
        f.setId("stock-" + which.name().toLowerCase(java.util.Locale.ROOT) + "-" + row.commodity().code());
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(row.property(which));
        // The field with the problem is outlined; the message sits under the row.
        row.errorFieldProperty().addListener((o, a, b) -> {
            f.getStyleClass().remove(Styles.FIELD_ERROR);
            if (b == which) {
                f.getStyleClass().add(Styles.FIELD_ERROR);
            }
        });
        return f;
    }

    private void focusField(StockEntryRow row, StockEntryRow.Field which) {
        javafx.scene.Node[] cells = rowCells.get(row);
        if (cells == null || which == null) {
            return;
        }
        TextField f = (TextField) cells[1 + which.ordinal()];
        f.requestFocus();
        f.selectAll();
    }

    /** The day's saved movements under the form, each with Ubah and Batalkan, so nothing is typed twice. */
    private Node dayList() {
        Label title = new Label(messages.get("stockentry.day.title"));
        title.getStyleClass().add(Styles.SUBTITLE);
        VBox list = new VBox(2);
        list.setId("stock-day-movements");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (model.dayMovements().isEmpty()) {
                Label none = new Label(messages.get("stockentry.day.none"));
                none.getStyleClass().add(Styles.MUTED);
                list.getChildren().add(none);
            }
            int i = 0;
            for (StockEntryViewModel.DayMovement m : model.dayMovements()) {
                Label time = new Label(m.time());
                time.setMinWidth(50);
                Label what = new Label(m.commodity() + " \u00b7 " + m.kind() + " " + m.amount());
                what.setId("stock-day-" + i);
                what.setMinWidth(520);
                Label who = new Label(m.officer());
                who.getStyleClass().add(Styles.MUTED);
                who.setMinWidth(90);
                HBox line = new HBox(10, time, what, who);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                if (m.reversed()) {
                    what.getStyleClass().add(Styles.MUTED);
                    what.setText(what.getText() + " \u2013 " + messages.get("stockentry.movement.reversed"));
                    what.getStyleClass().add("struck");
                } else if (m.canChange()) {
                    Button edit = new Button(messages.get("stockentry.day.edit"));
                    edit.setId("stock-edit-" + i);
                    edit.setOnAction(e -> model.edit(m));
                    Button reverse = new Button(messages.get("stockentry.day.reverse"));
                    reverse.setId("stock-reverse-" + i);
                    reverse.setOnAction(e -> model.reverse(m));
                    line.getChildren().addAll(edit, reverse);
                } else {
                    what.getStyleClass().add(Styles.MUTED);
                }
                list.getChildren().add(line);
                i++;
            }
        };
        model.dayMovements().addListener((javafx.collections.ListChangeListener<StockEntryViewModel.DayMovement>)
                c -> fill.run());
        fill.run();
        return new VBox(6, title, list);
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
