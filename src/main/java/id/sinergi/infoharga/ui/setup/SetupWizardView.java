package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.Styles;
import id.sinergi.infoharga.ui.setup.SetupWizardViewModel.MarketRow;
import id.sinergi.infoharga.ui.setup.SetupWizardViewModel.Step;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;

/**
 * The set-up wizard's page: one step at a time in a card, keyboard only. Enter moves on (and finishes on the last
 * step), Esc goes back; in the market list Space ticks a market, Alt+T adds one. The first step offers, instead of
 * an administrator, to start a new officer's laptop from the office's package (Alt+P).
 */
public final class SetupWizardView {
    private static final String CARD = "login-form";
    private static final String PAGE = "login-page";
    private static final double CARD_WIDTH = 720;

    private final SetupWizardViewModel model;
    private final StartFromPackageViewModel start;
    private final Messages messages;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final Map<Step, Node> firstField = new EnumMap<>(Step.class);
    private final StackPane body = new StackPane();
    private final Label stepTitle = new Label();
    private final Label stepOf = new Label();

    private SetupWizardView(SetupWizardViewModel model, StartFromPackageViewModel start, Messages messages) {
        this.model = model;
        this.start = start;
        this.messages = messages;
    }

    /** @param start the way to start from an office package instead; null: not offered */
    public static Parent of(SetupWizardViewModel model, Messages messages, StartFromPackageViewModel start) {
        return new SetupWizardView(model, start, messages).build();
    }

    private Parent build() {
        pages.put(Step.ADMIN, adminPage());
        pages.put(Step.MARKETS, marketsPage());
        pages.put(Step.REPORTING, reportingPage());
        pages.put(Step.DEVICE, devicePage());
        pages.put(Step.DEMO, demoPage());
        pages.put(Step.FOLDER, folderPage());

        Label heading = new Label(messages.get("setup.title"));
        heading.getStyleClass().add(Styles.TITLE);
        stepOf.getStyleClass().add(Styles.MUTED);
        stepTitle.getStyleClass().add(Styles.SUBTITLE);
        stepTitle.setId("setup-step-title");

        Label message = new Label();
        message.setId("setup-message");
        message.textProperty().bind(model.message());
        message.getStyleClass().add(Styles.MESSAGE_ERROR);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label barText = new Label();
        barText.textProperty().bind(model.progressText());
        barText.getStyleClass().add(Styles.MUTED);
        VBox working = new VBox(4, bar, barText);
        working.visibleProperty().bind(model.busy().and(model.progressText().isNotEmpty()));
        working.managedProperty().bind(working.visibleProperty());

        Button back = new Button(messages.get("setup.back"));
        back.setId("setup-back");
        back.setCancelButton(true);
        back.setOnAction(e -> model.back());
        Button next = new Button();
        next.setId("setup-next");
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.PRIMARY);
        next.setOnAction(e -> {
            if (model.step().get() == Step.FOLDER) {
                model.finish();
            } else {
                model.next();
            }
        });
        javafx.beans.binding.BooleanExpression busy = start == null ? model.busy()
                : model.busy().or(start.busyProperty());
        next.disableProperty().bind(busy);
        back.disableProperty().bind(busy.or(model.step().isEqualTo(Step.ADMIN)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(12, back, gap, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(12, heading, stepOf, stepTitle, body, message, working, buttons);
        card.getStyleClass().add(CARD);
        card.setId("setup-wizard");
        card.setMaxSize(CARD_WIDTH, Region.USE_PREF_SIZE);
        card.setPrefWidth(CARD_WIDTH);
        VBox.setVgrow(body, Priority.ALWAYS);
        StackPane page = new StackPane(card);
        page.getStyleClass().add(PAGE);

        // A check box or the market list would take Enter for themselves: in the wizard Enter always moves on.
        card.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()
                    && (e.getTarget() instanceof CheckBox || e.getTarget() instanceof ListView)) {
                e.consume();
                next.fire();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Button b
                    && "setup-from-package".equals(b.getId())) {
                // Enter on the office-package button means that button, not "Lanjut".
                e.consume();
                b.fire();
            }
        });
        model.step().addListener((o, was, is) -> show(is, next));
        show(model.step().get(), next);
        return page;
    }

    private void show(Step step, Button next) {
        stepOf.setText(model.stepOf(step));
        stepTitle.setText(messages.get("setup.step." + step.name().toLowerCase(java.util.Locale.ROOT)));
        next.setText(messages.get(step == Step.FOLDER ? "setup.finish" : "setup.next"));
        body.getChildren().setAll(pages.get(step));
        // The last step has no field: the cursor waits on "Selesai", so that Enter finishes.
        Node field = firstField.getOrDefault(step, next);
        Platform.runLater(field::requestFocus);
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(CARD_WIDTH - 64);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        if (field instanceof javafx.scene.control.Control control) {
            l.setLabelFor(control);
        }
        grid.addRow(row, l, field);
    }

    private Node adminPage() {
        TextField name = new TextField();
        PasswordField password = new PasswordField();
        PasswordField repeat = new PasswordField();
        name.setId("setup-username");
        password.setId("setup-password");
        repeat.setId("setup-repeat");
        name.textProperty().bindBidirectional(model.username());
        password.textProperty().bindBidirectional(model.password());
        repeat.textProperty().bindBidirectional(model.repeat());
        for (TextField f : new TextField[] {name, password, repeat}) {
            f.setPrefColumnCount(22);
        }
        GridPane grid = grid();
        row(grid, 0, messages.get("login.username"), name);
        row(grid, 1, messages.get("login.password"), password);
        row(grid, 2, messages.get("login.repeat"), repeat);
        firstField.put(Step.ADMIN, name);
        // After a refusal the emptied field takes the cursor.
        model.message().addListener((o, was, is) -> {
            if (model.step().get() == Step.ADMIN && is != null && !is.isEmpty()) {
                (model.repeat().get().isEmpty() && !model.password().get().isEmpty() ? repeat : name).requestFocus();
            }
        });
        VBox page = new VBox(12, text(messages.get("setup.admin.text")), grid,
                muted(messages.get("setup.admin.rules")));
        if (start != null) {
            page.getChildren().addAll(new javafx.scene.control.Separator(), fromPackage());
        }
        return page;
    }

    /** A new officer's laptop: the office's package instead of an administrator (issue 13). */
    private Node fromPackage() {
        Button button = new Button(messages.get("sync.start.button"));
        button.setId("setup-from-package");
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.busy().or(start.busyProperty()));
        button.setOnAction(e -> start.start());
        Label note = new Label();
        note.setId("setup-from-package-message");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(start.messageProperty());
        // While the package loads the note says so; what stays once it stopped is why it was not used.
        start.busyProperty().addListener((o, was, is) -> {
            note.getStyleClass().removeAll(Styles.MUTED, Styles.MESSAGE_ERROR);
            note.getStyleClass().add(is ? Styles.MUTED : Styles.MESSAGE_ERROR);
        });
        note.getStyleClass().add(Styles.MUTED);
        HBox row = new HBox(12, text(messages.get("setup.admin.fromPackageText")), button);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
        return new VBox(6, row, note);
    }

    private Node marketsPage() {
        TextField region = new TextField();
        region.setId("setup-region");
        region.textProperty().bindBidirectional(model.region());
        region.setPrefColumnCount(26);

        ListView<MarketRow> list = new ListView<>(model.markets());
        list.setId("setup-markets");
        list.setPrefHeight(210);
        list.setCellFactory(v -> new MarketCell());
        list.setOnKeyPressed(e -> {
            MarketRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null) {
                row.watched().set(!row.watched().get());
                e.consume();
            }
        });

        TextField name = new TextField();
        TextField kecamatan = new TextField();
        name.setId("setup-market-name");
        kecamatan.setId("setup-market-kecamatan");
        name.setPrefColumnCount(20);
        kecamatan.setPrefColumnCount(14);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (was != null) {
                name.textProperty().unbindBidirectional(was.name());
                kecamatan.textProperty().unbindBidirectional(was.kecamatan());
            }
            if (is != null) {
                name.textProperty().bindBidirectional(is.name());
                kecamatan.textProperty().bindBidirectional(is.kecamatan());
            } else {
                name.clear();
                kecamatan.clear();
            }
            list.refresh();
        });
        name.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        kecamatan.disableProperty().bind(name.disableProperty());
        name.textProperty().addListener((o, was, is) -> list.refresh());
        model.markets().addListener((javafx.collections.ListChangeListener<MarketRow>) c -> {
            if (list.getSelectionModel().isEmpty() && !model.markets().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        if (!model.markets().isEmpty()) {
            list.getSelectionModel().select(0);
        }

        Button add = new Button(messages.get("setup.markets.add"));
        add.setId("setup-market-add");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            MarketRow row = model.addMarket();
            list.getSelectionModel().select(row);
            list.scrollTo(row);
            name.requestFocus();
        });
        GridPane top = grid();
        row(top, 0, messages.get("setup.markets.region"), region);
        Label nameLabel = new Label(messages.get("setup.markets.name"));
        Label kecamatanLabel = new Label(messages.get("setup.markets.kecamatan"));
        nameLabel.setLabelFor(name);
        kecamatanLabel.setLabelFor(kecamatan);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {nameLabel, kecamatanLabel, add}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox edit = new HBox(8, nameLabel, name, kecamatanLabel, kecamatan, add);
        edit.setAlignment(Pos.CENTER_LEFT);
        firstField.put(Step.MARKETS, region);
        return new VBox(10, text(messages.get("setup.markets.text")), top, list, edit);
    }

    /** A market as a tickable line: "☑ Pasar Kutorejo · Kutorejo". */
    private final class MarketCell extends ListCell<MarketRow> {
        private final CheckBox box = new CheckBox();
        private MarketRow bound;

        MarketCell() {
            box.setFocusTraversable(false);
            setGraphic(null);
        }

        @Override
        protected void updateItem(MarketRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.watched());
                bound = null;
            }
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.watched());
            String kec = item.kecamatan().get();
            String name = item.name().get().isBlank() ? messages.get("setup.markets.unnamed") : item.name().get();
            setText(kec == null || kec.isBlank() ? name : name + " \u00b7 " + kec);
            setGraphic(box);
        }
    }

    private Node reportingPage() {
        TextField cutoff = new TextField();
        cutoff.setId("setup-cutoff");
        cutoff.setPrefColumnCount(6);
        cutoff.textProperty().bindBidirectional(model.cutoff());
        FlowPane days = new FlowPane(14, 8);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox day = new CheckBox(d.getDisplayName(TextStyle.FULL, messages.locale()));
            day.setId("setup-day-" + d.name().toLowerCase(java.util.Locale.ROOT));
            day.selectedProperty().bindBidirectional(model.workingDay(d));
            days.getChildren().add(day);
        }
        GridPane grid = grid();
        row(grid, 0, messages.get("setup.reporting.cutoff"), cutoff);
        firstField.put(Step.REPORTING, cutoff);
        return new VBox(12, text(messages.get("setup.reporting.text")), grid,
                new Label(messages.get("setup.reporting.days")), days);
    }

    private Node devicePage() {
        TextField name = new TextField();
        name.setId("setup-device");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(model.deviceName());
        GridPane grid = grid();
        row(grid, 0, messages.get("setup.device.name"), name);
        firstField.put(Step.DEVICE, name);
        return new VBox(12, text(messages.get("setup.device.text")), grid);
    }

    private Node demoPage() {
        CheckBox demo = new CheckBox(messages.get("setup.demo.check"));
        demo.setId("setup-demo");
        demo.selectedProperty().bindBidirectional(model.demo());
        Spinner<Integer> years = new Spinner<>(1, 5, model.demoYears().get());
        years.setId("setup-demo-years");
        years.setEditable(true);
        years.setPrefWidth(90);
        years.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.demoYears().set(is);
            }
        });
        years.disableProperty().bind(model.demo().not());
        HBox yearsRow = new HBox(8, new Label(messages.get("setup.demo.years")), years);
        yearsRow.setAlignment(Pos.CENTER_LEFT);
        firstField.put(Step.DEMO, demo);
        return new VBox(12, text(messages.get("setup.demo.text")), demo, yearsRow,
                muted(messages.get("setup.demo.note")));
    }

    private Node folderPage() {
        Label data = text(model.dataFolder().toAbsolutePath().toString());
        data.setId("setup-data-folder");
        data.getStyleClass().add(Styles.NUMBER);
        Label backups = text(model.backupFolder().toAbsolutePath().toString());
        backups.setId("setup-backup-folder");
        backups.getStyleClass().add(Styles.NUMBER);
        GridPane grid = grid();
        row(grid, 0, messages.get("setup.folder.data"), data);
        row(grid, 1, messages.get("setup.folder.backups"), backups);
        return new VBox(12, text(messages.get("setup.folder.text")), grid,
                muted(messages.get("setup.folder.backupText")));
    }

    private static Label muted(String value) {
        Label label = text(value);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
