package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import id.sinergi.infoharga.ui.history.PriceHistoryView;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The price entry screen: nodes and key handling only; every decision is the view model's. */
public final class EntryView implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(EntryView.class);
    private static final double[] WIDTHS = {265, 60, 180, 190, 150, 85, 60};
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TO_MARKET = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    private static final KeyCombination TO_DAY = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREVIOUS_MARKET =
            new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_MARKET =
            new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    private boolean firstShowLogged;

    private final EntryViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final VBox table = new VBox();
    private final ScrollPane scroll = new ScrollPane(table);
    private final List<TextField> fields = new ArrayList<>();
    private final List<HBox> rowBoxes = new ArrayList<>();
    private final Label message = new Label();
    private final ComboBox<Market> marketBox = new ComboBox<>();
    private final DatePicker dayPicker = new DatePicker();
    private boolean syncing;
    /** Opens the history of a row's price (F4, or the row's context menu); nothing without a shell around. */
    private java.util.function.Consumer<EntryRow> openHistory = row -> { };

    public EntryView(ShellServices services) {
        this(new EntryViewModel(services.context().entries(), services.catalog(), services.messages(),
                services.formats(), services.tasks(), services.dialogs(), services.session()::actor,
                services.context().clock(), services.dataChanged()), services.messages(), services.formats());
        services.officer().ifPresent(officer -> model.limitMarketsTo(officer.marketIds()));
        openHistory = row -> {
            Market market = model.marketProperty().get();
            LocalDate day = model.dayProperty().get();
            if (market != null && day != null && root.getScene() != null) {
                PriceHistoryView.openWindow(services, root.getScene().getWindow(), market, row.commodity(), day);
            }
        };
    }

    EntryView(EntryViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        root.getStyleClass().add(Styles.PAGE);
        root.setId("entry-screen");
        root.setTop(buildTop());
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        table.getStyleClass().add(Styles.GRID);
        VBox center = new VBox(header(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setCenter(center);
        root.setBottom(buildBottom());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                model.save();
            } else if (TO_MARKET.match(e)) {
                // The market and day fields are outside the grid's Tab order: these keys reach them.
                e.consume();
                marketBox.requestFocus();
                marketBox.show();
            } else if (TO_DAY.match(e)) {
                e.consume();
                dayPicker.requestFocus();
                dayPicker.show();
            } else if (PREVIOUS_MARKET.match(e) || NEXT_MARKET.match(e)) {
                e.consume();
                model.stepMarket(NEXT_MARKET.match(e) ? 1 : -1, () -> {
                    syncPickers();
                    focusCurrent();
                });
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<EntryRow>) c -> rebuildRows());
        model.currentProperty().addListener((o, a, b) -> {
            highlight(a.intValue(), b.intValue());
            focusCurrent();
        });
        model.marketProperty().addListener((o, a, b) -> syncPickers());
        model.dayProperty().addListener((o, a, b) -> syncPickers());
    }

    public EntryViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.start();
        focusCurrent();
    }

    @Override
    public void leave(Runnable proceed, Runnable refused) {
        model.whenSafeToLeave(proceed, () -> {
            refused.run();
            focusCurrent();
        });
    }

    private Node buildTop() {
        Label title = new Label(messages.get("entry.title"));
        title.getStyleClass().add(Styles.TITLE);

        marketBox.setId("entry-market");
        marketBox.setItems(model.markets());
        marketBox.setVisibleRowCount(20);
        // Each market with how far it is on the open day ("Gempolkerep 12/35"); redrawn when the counts change.
        marketBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Market m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : model.marketLabel(m));
            }
        });
        // The counts change after each load and save: new cells for the list, and the shown value redrawn.
        model.enteredProperty().addListener((o, a, b) -> {
            marketBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Market m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty || m == null ? null : model.marketLabel(m));
                }
            });
            // A new button cell makes the skin draw the shown market again (the value itself is left alone, so the
            // list keeps its selection for Alt+P, Down, Enter).
            marketBox.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Market m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty || m == null ? null : model.marketLabel(m));
                }
            });
        });
        marketBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Market m) {
                return m == null ? "" : model.marketLabel(m);
            }

            @Override
            public Market fromString(String s) {
                return null;
            }
        });
        // While the list is open the arrow keys only browse it: the market changes when the list closes, so the
        // Enter that closes it does not land in a grid that has just been loaded and focused.
        marketBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !marketBox.isShowing()) {
                model.requestMarket(b, this::syncPickers);
            }
        });
        marketBox.showingProperty().addListener((o, was, now) -> {
            Market chosen = marketBox.getValue();
            if (!now && !syncing && chosen != null && !chosen.equals(model.marketProperty().get())) {
                model.requestMarket(chosen, this::syncPickers);
            }
        });
        Label marketLabel = new Label(messages.get("entry.market"));
        marketLabel.setLabelFor(marketBox);
        marketLabel.setMinWidth(Region.USE_PREF_SIZE);
        // The keys are told in the help line under the bar and here (Alt+P, Ctrl+PgUp / Ctrl+PgDn).
        marketBox.setTooltip(new Tooltip("Alt+P \u00b7 Ctrl+PgUp / Ctrl+PgDn"));

        dayPicker.setId("entry-day");
        dayPicker.setEditable(false);
        dayPicker.setConverter(formats.dayConverter(() -> model.dayProperty().get()));
        dayPicker.setDayCellFactory(p -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(model.today()));
            }
        });
        dayPicker.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.requestDay(b, this::syncPickers);
            }
        });
        Label dayLabel = new Label(messages.get("entry.day"));
        dayLabel.setMinWidth(Region.USE_PREF_SIZE);
        dayPicker.setTooltip(new Tooltip("Alt+T"));
        dayLabel.setLabelFor(dayPicker);
        Label dayText = new Label();
        dayText.textProperty().bind(model.dayTextProperty());
        dayText.getStyleClass().add(Styles.SUBTITLE);

        Label correction = new Label(messages.get("entry.correction"));
        correction.setId("entry-correction");
        correction.getStyleClass().add(Styles.CORRECTION);
        correction.visibleProperty().bind(model.correctionProperty());
        correction.managedProperty().bind(model.correctionProperty());

        Label progress = new Label();
        progress.setId("entry-progress");
        progress.textProperty().bind(model.progressTextProperty());
        progress.getStyleClass().add(Styles.SUBTITLE);

        Button save = new Button(messages.get("entry.save"));
        save.setId("entry-save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setFocusTraversable(false);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, marketLabel, marketBox, dayLabel, dayPicker, dayText, correction, gap, progress,
                save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        Label help = new Label(messages.get("entry.help"));
        help.getStyleClass().add(Styles.MUTED);
        help.setWrapText(true);
        return new VBox(6, title, bar, help);
    }

    private Node buildBottom() {
        message.setId("entry-message");
        message.getStyleClass().add(Styles.MESSAGE);
        message.setWrapText(true);
        Label status = new Label();
        status.setId("entry-status");
        status.textProperty().bind(model.statusTextProperty());
        status.getStyleClass().add(Styles.SAVED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, message, gap, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setMinHeight(32);
        return bottom;
    }

    private Node header() {
        String[] keys = {"entry.col.commodity", "entry.col.unit", "entry.col.last", "entry.col.reference",
            "entry.col.price", "entry.col.change", "entry.col.status"};
        HBox header = new HBox();
        header.getStyleClass().addAll(Styles.ROW, "entry-header");
        for (int i = 0; i < keys.length; i++) {
            header.getChildren().add(cell(new Label(messages.get(keys[i])), i));
        }
        return header;
    }

    private void rebuildRows() {
        table.getChildren().clear();
        fields.clear();
        rowBoxes.clear();
        String group = null;
        List<EntryRow> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            EntryRow row = rows.get(i);
            HBox box = rowBox(row, i);
            // A group is a thin line above its first row (a full header row each left 16 of 35 rows visible).
            if (!row.group().name().equals(group)) {
                group = row.group().name();
                if (i > 0) {
                    box.getStyleClass().add(Styles.GROUP_START);
                }
            }
            rowBoxes.add(box);
            table.getChildren().add(box);
        }
        highlight(-1, model.currentProperty().get());
        if (!rows.isEmpty()) {
            Platform.runLater(() -> {
                focusCurrent();
                logFirstShow();
            });
        }
    }

    private HBox rowBox(EntryRow row, int index) {
        Label name = new Label(row.commodity().displayName());
        // The group rides along in the name's tooltip and for screen readers now that it has no header row.
        name.setTooltip(new Tooltip(row.group().name()));
        name.setAccessibleText(row.group().name() + ", " + row.commodity().displayName());
        Label unit = new Label(row.commodity().unit());
        Label last = new Label(row.lastPriceText().isEmpty() ? "\u2013"
                : row.lastPriceText() + "  " + row.lastDateText());
        last.getStyleClass().add(Styles.MUTED);
        Label reference = new Label(row.referenceText().isEmpty() ? "\u2013" : row.referenceText());
        reference.getStyleClass().add(Styles.MUTED);

        TextField field = new TextField();
        field.setId("price-" + row.commodity().code());
        field.getStyleClass().addAll(Styles.PRICE_FIELD, Styles.NUMBER);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(row.textProperty());
        field.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                model.focus(index);
                Platform.runLater(field::selectAll);
                showMessage(row);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, index));
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("=".equals(e.getCharacter())) {
                e.consume();
                step(model.copyLast(index), index);
            }
        });
        fields.add(field);

        Label change = new Label();
        change.getStyleClass().add(Styles.NUMBER);
        change.textProperty().bind(row.changeTextProperty());
        row.changePctProperty().addListener((o, a, b) -> styleChange(change, b));
        styleChange(change, row.changePctProperty().get());

        Label icon = new Label();
        icon.getStyleClass().add(Styles.STATUS_ICON);
        icon.setId("status-" + row.commodity().code());
        Tooltip tip = new Tooltip();
        icon.setTooltip(tip);
        Runnable refresh = () -> {
            RowStatus s = row.status();
            icon.setText(switch (s) {
                case EMPTY -> "\u00b7";
                case OK -> "\u2713";
                case FLAGGED -> "!";
                case ABOVE_REFERENCE -> "\u25b2";
                case INVALID -> "\u2717";
            });
            icon.getStyleClass().removeAll(Styles.STATUS_OK, Styles.STATUS_WARN, Styles.STATUS_ERROR,
                    Styles.STATUS_EMPTY);
            icon.getStyleClass().add(switch (s) {
                case EMPTY -> Styles.STATUS_EMPTY;
                case OK -> Styles.STATUS_OK;
                case FLAGGED -> Styles.STATUS_WARN;
                case ABOVE_REFERENCE -> Styles.STATUS_ERROR;
                case INVALID -> Styles.STATUS_ERROR;
            });
            String text = messages.get("entry.status." + s.name())
                    + (row.message().isEmpty() ? "" : " \u2013 " + row.message());
            tip.setText(text);
            icon.setAccessibleText(text);
            if (model.currentProperty().get() == index) {
                showMessage(row);
            }
        };
        row.statusProperty().addListener((o, a, b) -> refresh.run());
        row.messageProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        row.outlierProperty().addListener((o, a, b) -> decorateOutlier(field, b));
        if (row.outlierProperty().get()) {
            Platform.runLater(() -> decorateOutlier(field, true));
        }

        HBox box = new HBox(cell(name, 0), cell(unit, 1), cell(last, 2), cell(reference, 3), cell(field, 4),
                cell(change, 5), cell(icon, 6));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.ROW);
        MenuItem history = new MenuItem(messages.get("entry.history"));
        history.setOnAction(e -> openHistory.accept(row));
        ContextMenu menu = new ContextMenu(history);
        box.setOnContextMenuRequested(e -> {
            if (!(e.getTarget() instanceof TextField)) {
                menu.show(box, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        return box;
    }

    private static Node cell(javafx.scene.control.Control node, int column) {
        node.setPrefWidth(WIDTHS[column]);
        node.setMinWidth(WIDTHS[column]);
        node.setMaxWidth(WIDTHS[column]);
        return node;
    }

    private void onKey(KeyEvent e, int index) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER && e.isAltDown()) {
            e.consume();
            askQuotes(index);
        } else if ((code == KeyCode.ENTER || code == KeyCode.TAB) && e.isShiftDown()) {
            e.consume();
            back(index);
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            e.consume();
            step(model.commit(index), index);
        } else if (code == KeyCode.ESCAPE) {
            e.consume();
            model.restore(index);
            fields.get(index).selectAll();
        } else if (code == KeyCode.F4) {
            e.consume();
            openHistory.accept(model.rows().get(index));
        } else if (code == KeyCode.DOWN) {
            e.consume();
            step(model.commit(index), index);
        } else if (code == KeyCode.UP) {
            e.consume();
            back(index);
        }
    }

    private void step(EntryViewModel.Step result, int index) {
        if (result == EntryViewModel.Step.STAY) {
            model.focus(index);
            TextField field = fields.get(index);
            field.requestFocus();
            field.selectAll();
            showMessage(model.rows().get(index));
        } else {
            focusCurrent();
        }
    }

    private void back(int index) {
        EntryViewModel.Step result = model.commit(index);
        if (result == EntryViewModel.Step.STAY) {
            step(result, index);
        } else {
            model.focus(Math.max(0, index - 1));
            focusCurrent();
        }
    }

    private void askQuotes(int index) {
        step(model.askQuotes(index), index);
    }

    private void focusCurrent() {
        int i = model.currentProperty().get();
        if (i >= 0 && i < fields.size() && root.getScene() != null) {
            TextField field = fields.get(i);
            field.requestFocus();
            field.selectAll();
            ensureVisible(rowBoxes.get(i));
            showMessage(model.rows().get(i));
        }
    }

    private void showMessage(EntryRow row) {
        message.setText(row.message().isEmpty() ? "" : row.commodity().displayName() + ": " + row.message());
        message.getStyleClass().remove(Styles.MESSAGE_ERROR);
        if (row.status() == RowStatus.INVALID) {
            message.getStyleClass().add(Styles.MESSAGE_ERROR);
        }
    }

    private void highlight(int previous, int next) {
        if (previous >= 0 && previous < rowBoxes.size()) {
            rowBoxes.get(previous).getStyleClass().remove(Styles.ROW_CURRENT);
        }
        if (next >= 0 && next < rowBoxes.size()) {
            rowBoxes.get(next).getStyleClass().add(Styles.ROW_CURRENT);
        }
    }

    private void ensureVisible(Node node) {
        double contentHeight = table.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double y = node.getBoundsInParent().getMinY();
        double h = node.getBoundsInParent().getHeight();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (y < top + h) {
            scroll.setVvalue(Math.max(0, (y - 2 * h) / (contentHeight - viewport)));
        } else if (y + h > top + viewport - h) {
            scroll.setVvalue(Math.min(1, (y + 3 * h - viewport) / (contentHeight - viewport)));
        }
    }

    private static void styleChange(Label change, Double pct) {
        change.getStyleClass().removeAll(Styles.CHANGE_UP, Styles.CHANGE_DOWN);
        if (pct != null && pct > 0) {
            change.getStyleClass().add(Styles.CHANGE_UP);
        } else if (pct != null && pct < 0) {
            change.getStyleClass().add(Styles.CHANGE_DOWN);
        }
    }

    private void decorateOutlier(TextField field, boolean flagged) {
        if (field.getScene() == null) {
            return;
        }
        Decorator.removeAllDecorations(field);
        if (flagged) {
            Label mark = new Label("!");
            mark.getStyleClass().add("outlier-mark");
            Decorator.addDecoration(field, new GraphicDecoration(mark, Pos.TOP_RIGHT));
        }
    }

    private void syncPickers() {
        syncing = true;
        try {
            marketBox.setValue(model.marketProperty().get());
            dayPicker.setValue(model.dayProperty().get());
        } finally {
            syncing = false;
        }
    }

    /** Logs once per process how long it took from process start to a usable entry grid (for measurement). */
    private void logFirstShow() {
        if (firstShowLogged) {
            return;
        }
        firstShowLogged = true;
        // CPU time beside wall time: on a shared machine the wall time says more about the neighbours.
        ProcessHandle.Info info = ProcessHandle.current().info();
        info.startInstant().ifPresent(start -> LOG.info("entry grid usable {} ms after process start ({} ms CPU)",
                Duration.between(start, Instant.now()).toMillis(),
                info.totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
    }
}
