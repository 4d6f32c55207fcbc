package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Data Master screen: one tab per kind (Pasar, Komoditas, Harga Acuan, Bobot Kelompok, Gerai WULANDARI), each
 * a table with an edit form beside it. Tab moves through the fields, Enter in a text field or Ctrl+S saves, Escape
 * puts back what is stored; "Tambah" (Alt+T) starts a new item, "Pensiunkan"/"Aktifkan lagi" retires or brings back
 * the selected one. For an account that is not an administrator the forms are disabled and a note says why.
 */
public final class MasterDataView implements Screen {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final double FORM_WIDTH = 400;

    private final MasterDataViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final id.sinergi.infoharga.ui.common.DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Runnable> focusFirst = new ArrayList<>();

    public MasterDataView(ShellServices services) {
        this.messages = services.messages();
        this.formats = services.formats();
        this.dialogs = services.dialogs();
        this.model = new MasterDataViewModel(services.context().masterData(), messages, formats, services.tasks(),
                () -> services.session().actor(), services.masterDataChanged());
        root.getStyleClass().add(Styles.PAGE);
        root.setId("master-screen");

        Label title = new Label(messages.get("master.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label readOnly = new Label(messages.get("master.readOnlyNote"));
        readOnly.setId("master-read-only");
        readOnly.getStyleClass().add(Styles.MUTED);
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(model.canEditProperty().not().and(model.snapshotProperty().isNotNull()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        VBox top = new VBox(4, title, readOnly);
        top.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        root.setTop(top);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(marketsTab(), commoditiesTab(), referencesTab(), groupsTab(), outletsTab());
        // After the tab pane has shown the new tab (it takes the focus itself when the old field disappears).
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
                javafx.application.Platform.runLater(focusFirst.get(i.intValue())));
        root.setCenter(tabs);

        Label message = new Label();
        message.setId("master-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.STATUS_OK);
        model.errorProperty().addListener((o, a, e) -> {
            message.getStyleClass().removeAll(Styles.STATUS_ERROR, Styles.STATUS_OK);
            message.getStyleClass().add(e ? Styles.STATUS_ERROR : Styles.STATUS_OK);
        });
        message.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        root.setBottom(message);
        // Ctrl+Tab (Ctrl+Page Down) and Ctrl+Shift+Tab (Ctrl+Page Up) change tabs from any field, not only from the
        // tab headers: a text field would otherwise take Ctrl+Tab as "next field".
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean next = e.isShortcutDown() && (e.getCode() == KeyCode.PAGE_DOWN
                    || e.getCode() == KeyCode.TAB && !e.isShiftDown());
            boolean previous = e.isShortcutDown() && (e.getCode() == KeyCode.PAGE_UP
                    || e.getCode() == KeyCode.TAB && e.isShiftDown());
            if (next || previous) {
                e.consume();
                int n = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (next ? 1 : n - 1)) % n);
            }
        });
        // Disabled while a save runs; the cursor goes back where it was afterwards.
        Node[] focusBefore = {null};
        model.busyProperty().addListener((o, a, b) -> {
            if (b && root.getScene() != null) {
                focusBefore[0] = root.getScene().getFocusOwner();
            }
            tabs.setDisable(b);
            if (!b && focusBefore[0] != null && !focusBefore[0].isDisabled()) {
                focusBefore[0].requestFocus();
                focusBefore[0] = null;
            }
        });
        // The fields are enabled once the account is known to be an administrator: then put the cursor in place.
        model.snapshotProperty().addListener((o, a, s) -> {
            if (a == null && root.getScene() != null) {
                shown();
            }
        });
        model.load();
    }

    public MasterDataViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    /** Typing that is not stored is not thrown away without asking. */
    @Override
    public void leave(Runnable proceed, Runnable refused) {
        model.whenSafeToLeave(dialogs, proceed, refused);
    }

    @Override
    public void shown() {
        focusFirst.get(tabs.getSelectionModel().getSelectedIndex()).run();
    }

    // ---- tabs ----

    private Tab marketsTab() {
        MarketsModel m = model.markets();
        TableView<Market> table = table("master-markets-table", m, List.of(
                column("master.col.code", Market::code, 120),
                column("master.col.name", Market::name, 220),
                column("master.col.kecamatan", x -> orEmpty(x.kecamatan()), 130),
                column("master.col.type", x -> orEmpty(x.marketType()), 120),
                column("master.col.status", x -> status(x.active()), 90)), Market::active);
        Form form = new Form("market", m);
        TextField code = form.text("master.field.code", m.codeProperty());
        code.disableProperty().bind(m.creatingProperty().not().or(model.canEditProperty().not()));
        form.text("master.field.name", m.nameProperty());
        form.text("master.field.kecamatan", m.kecamatanProperty());
        form.text("master.field.type", m.typeProperty());
        return tab("master.tab.markets", "master-tab-markets", table, form, m.selectedProperty(),
                x -> x == null ? null : x.active());
    }

    private Tab commoditiesTab() {
        CommoditiesModel m = model.commodities();
        TableView<Commodity> table = table("master-commodities-table", m, List.of(
                column("master.col.code", Commodity::code, 150),
                column("master.col.name", Commodity::displayName, 190),
                column("master.col.unit", Commodity::unit, 60),
                column("master.col.group", m::groupName, 140),
                column("master.col.volatile", m::volatileText, 70),
                column("master.col.status", x -> status(x.active()), 80)), Commodity::active);
        Form form = new Form("commodity", m);
        TextField code = form.text("master.field.code", m.codeProperty());
        code.disableProperty().bind(m.creatingProperty().not().or(model.canEditProperty().not()));
        form.text("master.field.name", m.nameProperty());
        form.text("master.field.variant", m.variantProperty());
        form.text("master.field.unit", m.unitProperty());
        ComboBox<CommodityGroup> group = form.combo("master.field.group", m.groups(), m.groupProperty(),
                g -> g.name() + (g.volatileGroup() ? " (" + messages.get("master.volatile") + ")" : ""));
        group.setOnAction(e -> m.chooseGroup(group.getValue()));
        form.thresholds(m.thresholds());
        return tab("master.tab.commodities", "master-tab-commodities", table, form, m.selectedProperty(),
                x -> x == null ? null : x.active());
    }

    private Tab referencesTab() {
        ReferencePricesModel m = model.references();
        TableView<ReferencePrice> table = table("master-references-table", m, List.of(
                column("master.col.commodity", m::commodityName, 150),
                column("master.col.kind", r -> r.kind().name(), 45),
                column("master.col.price", m::priceText, 175),
                column("master.col.regulation", ReferencePrice::regulation, 165),
                column("master.col.validity", m::validityText, 190)), r -> true);
        Form form = new Form("reference", m);
        form.combo("master.field.commodity", m.commodities(), m.commodityProperty(), Commodity::displayName);
        form.combo("master.field.kind", javafx.collections.FXCollections.observableArrayList(ReferenceKind.values()),
                m.kindProperty(), k -> k.name());
        form.text("master.field.low", m.lowProperty()).setPromptText(messages.get("master.prompt.low"));
        form.text("master.field.high", m.highProperty()).setPromptText("12.500");
        form.text("master.field.regulation", m.regulationProperty());
        form.date("master.field.from", m.fromProperty());
        form.date("master.field.to", m.toProperty()).setPromptText(messages.get("master.reference.open"));
        form.note(messages.get("master.reference.note"));
        return tab("master.tab.references", "master-tab-references", table, form, m.selectedProperty(), x -> null);
    }

    private Tab groupsTab() {
        GroupsModel m = model.groups();
        TableView<CommodityGroup> table = table("master-groups-table", m, List.of(
                column("master.col.code", CommodityGroup::code, 130),
                column("master.col.name", CommodityGroup::name, 200),
                column("master.col.weight", m::weightText, 80),
                column("master.col.share", m::share, 90),
                column("master.col.volatile", m::volatileText, 80)), g -> true);
        Form form = new Form("group", m);
        Label name = new Label();
        name.textProperty().bind(Bindings.createStringBinding(() -> m.selectedProperty().get() == null ? ""
                : m.selectedProperty().get().name(), m.selectedProperty()));
        name.getStyleClass().add(Styles.SUBTITLE);
        form.row("master.field.group", name);
        form.text("master.field.weight", m.weightProperty());
        CheckBox vol = new CheckBox(messages.get("master.field.volatile"));
        vol.setWrapText(true);
        vol.setId("master-group-volatile");
        vol.selectedProperty().bindBidirectional(m.volatileProperty());
        vol.disableProperty().bind(model.canEditProperty().not());
        form.row("", vol);
        Label sum = new Label();
        sum.textProperty().bind(m.sumNoteProperty());
        sum.setId("master-groups-sum");
        form.note(sum);
        return tab("master.tab.groups", "master-tab-groups", table, form, m.selectedProperty(), x -> null);
    }

    private Tab outletsTab() {
        OutletsModel m = model.outlets();
        TableView<Outlet> table = table("master-outlets-table", m, List.of(
                column("master.col.code", Outlet::code, 140),
                column("master.col.name", Outlet::name, 230),
                column("master.col.market", m::marketName, 170),
                column("master.col.address", x -> orEmpty(x.address()), 150),
                column("master.col.status", x -> status(x.active()), 80)), Outlet::active);
        Form form = new Form("outlet", m);
        TextField code = form.text("master.field.code", m.codeProperty());
        code.disableProperty().bind(m.creatingProperty().not().or(model.canEditProperty().not()));
        form.text("master.field.name", m.nameProperty());
        form.combo("master.field.market", m.markets(), m.marketProperty(), Market::name);
        form.text("master.field.address", m.addressProperty());
        return tab("master.tab.outlets", "master-tab-outlets", table, form, m.selectedProperty(),
                x -> x == null ? null : x.active());
    }

    // ---- building blocks ----

    private <T> Tab tab(String titleKey, String id, TableView<T> table, Form form, ObservableValue<T> selected,
                        Function<T, Boolean> active) {
        form.buttons(selected, active);
        form.fallback = table;
        ScrollPane formScroll = new ScrollPane(form.grid);
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(FORM_WIDTH);
        formScroll.setPrefWidth(FORM_WIDTH);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox box = new HBox(12, table, formScroll);
        HBox.setHgrow(table, Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                form.model.save();
            } else if (e.getCode() == KeyCode.ESCAPE && form.grid.isFocusWithin()) {
                e.consume();
                form.model.cancel();
            } else if (e.isAltDown() && form.mnemonic(e.getCode())) {
                // Not the scene's mnemonics: every tab has the same buttons, and those would only move between them.
                e.consume();
            }
        });
        Tab tab = new Tab(messages.get(titleKey), box);
        tab.setId(id);
        focusFirst.add(form::focusFirst);
        return tab;
    }

    private <T> TableView<T> table(String id, FormModel<T> m, List<TableColumn<T, String>> columns,
                                   Function<T, Boolean> active) {
        TableView<T> table = new TableView<>(m.items());
        table.setId(id);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.RETIRED);
                if (!empty && item != null && !active.apply(item)) {
                    getStyleClass().add(Styles.RETIRED);
                }
            }
        });
        boolean[] syncing = {false};
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing[0] && item != null) {
                syncing[0] = true;
                m.select(item);
                syncing[0] = false;
            }
        });
        m.selectedProperty().addListener((o, a, item) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                if (item == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                }
                syncing[0] = false;
            }
        });
        // Rows are replaced after each save: select the model's item again.
        m.items().addListener((javafx.collections.ListChangeListener<T>) c -> {
            T item = m.selectedProperty().get();
            if (item != null) {
                syncing[0] = true;
                table.getSelectionModel().select(item);
                syncing[0] = false;
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String status(boolean active) {
        return messages.get(active ? "master.status.active" : "master.status.retired");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An edit form: label and field per row, the buttons below. */
    private final class Form {
        final GridPane grid = new GridPane();
        final FormModel<?> model;
        final String prefix;
        private Control first;
        /** Where the cursor goes when no field may be edited (a read-only account): the table. */
        private Control fallback;
        private final List<Button> buttons = new ArrayList<>();
        private int row;

        Form(String prefix, FormModel<?> model) {
            this.prefix = prefix;
            this.model = model;
            grid.setHgap(8);
            grid.setVgap(6);
            grid.setPadding(new javafx.geometry.Insets(4, 8, 4, 4));
            javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
            labels.setMinWidth(120);
            javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            grid.getColumnConstraints().setAll(labels, fields);
        }

        void row(String labelKey, Node field) {
            Label label = new Label(labelKey.isEmpty() ? "" : messages.get(labelKey));
            label.setWrapText(true);
            if (field instanceof Control c) {
                label.setLabelFor(c);
                c.setMaxWidth(Double.MAX_VALUE);
                if (first == null && !(field instanceof Label)) {
                    first = c;
                }
            }
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            row++;
        }

        TextField text(String labelKey, StringProperty value) {
            TextField f = new TextField();
            f.setId("master-" + prefix + "-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
            f.textProperty().bindBidirectional(value);
            f.setOnAction(e -> model.save());
            if (!f.disableProperty().isBound()) {
                f.disableProperty().bind(MasterDataView.this.model.canEditProperty().not());
            }
            row(labelKey, f);
            return f;
        }

        <T> ComboBox<T> combo(String labelKey, javafx.collections.ObservableList<T> items, ObjectProperty<T> value,
                              Function<T, String> name) {
            ComboBox<T> box = new ComboBox<>(items);
            box.setId("master-" + prefix + "-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : name.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
            box.valueProperty().bindBidirectional(value);
            box.disableProperty().bind(MasterDataView.this.model.canEditProperty().not());
            row(labelKey, box);
            return box;
        }

        DatePicker date(String labelKey, ObjectProperty<LocalDate> value) {
            DatePicker picker = new DatePicker();
            picker.setId("master-" + prefix + "-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
            picker.setConverter(dateConverter());
            picker.valueProperty().bindBidirectional(value);
            picker.disableProperty().bind(MasterDataView.this.model.canEditProperty().not());
            row(labelKey, picker);
            return picker;
        }

        void thresholds(List<StringProperty> values) {
            Label head = new Label(messages.get("master.thresholds"));
            head.getStyleClass().add(Styles.SUBTITLE);
            grid.add(head, 0, row++, 2, 1);
            GridPane t = new GridPane();
            t.setHgap(6);
            t.setVgap(4);
            String[] levels = {"master.level.waspada", "master.level.siaga", "master.level.awas"};
            String[] kinds = {"master.threshold.ref", "master.threshold.rise", "master.threshold.cover"};
            for (int c = 0; c < 3; c++) {
                t.add(new Label(messages.get(levels[c])), c + 1, 0);
            }
            for (int r = 0; r < 3; r++) {
                Label kind = new Label(messages.get(kinds[r]));
                kind.setWrapText(true);
                kind.setMaxWidth(130);
                t.add(kind, 0, r + 1);
                for (int c = 0; c < 3; c++) {
                    TextField f = new TextField();
                    int i = r * 3 + c;
                    f.setId("master-threshold-" + CommoditiesModel.THRESHOLD_KEYS.get(i));
                    f.setPrefColumnCount(4);
                    f.textProperty().bindBidirectional(values.get(i));
                    f.setOnAction(e -> model.save());
                    f.disableProperty().bind(MasterDataView.this.model.canEditProperty().not());
                    t.add(f, c + 1, r + 1);
                }
            }
            grid.add(t, 0, row++, 2, 1);
        }

        void note(String text) {
            Label l = new Label(text);
            note(l);
        }

        void note(Label l) {
            l.getStyleClass().add(Styles.MUTED);
            l.setWrapText(true);
            l.setMaxWidth(FORM_WIDTH - 30);
            grid.add(l, 0, row++, 2, 1);
        }

        <T> void buttons(ObservableValue<T> selected, Function<T, Boolean> active) {
            TextField reason = new TextField();
            reason.setId("master-" + prefix + "-reason");
            reason.textProperty().bindBidirectional(model.reasonProperty());
            reason.setPromptText(messages.get("master.prompt.reason"));
            reason.setOnAction(e -> model.save());
            reason.disableProperty().bind(MasterDataView.this.model.canEditProperty().not());
            row("master.field.reason", reason);

            var readOnly = MasterDataView.this.model.canEditProperty().not();
            Button add = new Button(messages.get("master.add"));
            add.setId("master-" + prefix + "-add");
            add.setMnemonicParsing(false);
            add.setOnAction(e -> {
                model.startNew();
                focusFirst();
            });
            add.disableProperty().bind(readOnly);
            add.setVisible(model.addable());
            add.setManaged(model.addable());
            Button save = new Button(messages.get("master.save"));
            save.setId("master-" + prefix + "-save");
            save.getStyleClass().add(Styles.PRIMARY);
            save.setMnemonicParsing(false);
            save.setOnAction(e -> model.save());
            save.disableProperty().bind(readOnly);
            Button cancel = new Button(messages.get("master.cancel"));
            cancel.setId("master-" + prefix + "-cancel");
            cancel.setOnAction(e -> model.cancel());
            cancel.disableProperty().bind(readOnly);
            javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 6, add, save, cancel);
            if (model.retirable()) {
                Button toggle = new Button();
                toggle.setId("master-" + prefix + "-toggle");
                toggle.setMnemonicParsing(false);
                toggle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        Boolean.FALSE.equals(selected.getValue() == null ? null : active.apply(selected.getValue()))
                                ? "master.reactivate" : "master.retire"), selected));
                toggle.setOnAction(e -> model.toggleActive());
                toggle.disableProperty().bind(readOnly.or(Bindings.createBooleanBinding(
                        () -> selected.getValue() == null, selected)));
                bar.getChildren().add(toggle);
            }
            bar.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
            bar.getChildren().forEach(b -> {
                ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                buttons.add((Button) b);
            });
            grid.add(bar, 0, row++, 2, 1);
        }

        /** Fires this form's button labelled "(Alt+{@code key})"; false when there is none. */
        boolean mnemonic(KeyCode key) {
            for (Button b : buttons) {
                String text = b.getText();
                int at = text.indexOf("Alt+");
                if (at >= 0 && at + 4 < text.length() && b.isVisible()
                        && KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(at + 4)))) == key) {
                    b.fire();
                    return true;
                }
            }
            return false;
        }

        void focusFirst() {
            if (first != null) {
                Control target = first;
                if (target.isDisabled()) {
                    target = grid.getChildren().stream().filter(n -> n instanceof Control c && !(n instanceof Label)
                            && !c.isDisabled()).map(n -> (Control) n).findFirst().orElse(null);
                }
                if (target == null) {
                    target = fallback;
                }
                if (target != null) {
                    target.requestFocus();
                }
            }
        }
    }

    /** As every date picker shows days, but a day that cannot be read is refused with a message, not ignored. */
    private StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : formats.shortDate(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                return formats.parseDay(s).orElseThrow(() -> new DateTimeParseException(
                        messages.get("master.error.date", s.strip()), s, 0));
            }
        };
    }
}
