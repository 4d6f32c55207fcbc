package id.sinergi.infoharga.ui.users;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Pengguna (administrators only): the accounts on the left with the form for a new one below them; on the right the
 * selected account's markets and outlets as check-lists (Space ticks), its password reset and disable/enable.
 */
public final class UsersView implements Screen {
    private final UsersViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<UserRow> table = new TableView<>();
    private final Label message = new Label();
    private final TextField nameField = new TextField();

    public UsersView(ShellServices services) {
        this(new UsersViewModel(services.context().accounts(), services.catalog(), services.messages(),
                services.formats(), services.tasks(), services.dialogs(), services.session()::actor,
                () -> Instant.now(services.context().clock())), services);
    }

    UsersView(UsersViewModel model, ShellServices services) {
        this.model = model;
        this.messages = services.messages();
        root.getStyleClass().addAll(Styles.PAGE, "users-screen");
        root.setId("users-screen");
        Label title = new Label(messages.get("users.title"));
        title.getStyleClass().add(Styles.TITLE);
        message.setId("users-message");
        message.setWrapText(true);
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.MESSAGE, Styles.MESSAGE_ERROR, Styles.SAVED);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.SAVED);
        });
        message.getStyleClass().add(Styles.SAVED);
        HBox top = new HBox(16, title, message);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("alerts-toolbar");
        root.setTop(top);

        VBox left = new VBox(8, buildTable(), new Separator(), buildCreateForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        Node right = buildSelectedPanel();
        HBox center = new HBox(12, left, right);
        center.visibleProperty().bind(model.allowedProperty());
        root.setCenter(center);
        model.selectedProperty().addListener((o, a, s) -> {
            if (s == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() == null
                    || !table.getSelectionModel().getSelectedItem().username().equals(s.username())) {
                table.getItems().stream().filter(r -> r.username().equals(s.username())).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }

    public UsersViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
        table.requestFocus();
    }

    private Node buildTable() {
        table.setId("users-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("users.none")));
        table.getColumns().setAll(List.of(
                column("users.col.name", UserRow::username, 125),
                column("users.col.role", UserRow::role, 110),
                column("users.col.status", UserRow::status, 70),
                column("users.col.markets", UserRow::markets, 190),
                column("users.col.outlets", UserRow::outlets, 140),
                column("users.col.logins", UserRow::logins, 130)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            UserAccount current = model.selectedProperty().get();
            if (r != null && (current == null || !current.username().equals(r.username())
                    || !current.equals(r.account()))) {
                model.select(r.account());
            }
        });
        return table;
    }

    private TableColumn<UserRow, String> column(String key, Function<UserRow, String> value, double width) {
        TableColumn<UserRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        // Long lists of markets show whole in a tooltip.
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 16 ? null : new Tooltip(text));
            }
        });
        return c;
    }

    private Node buildCreateForm() {
        Label heading = new Label(messages.get("users.create.title"));
        heading.getStyleClass().add(Styles.SUBTITLE);
        nameField.setId("users-new-name");
        nameField.textProperty().bindBidirectional(model.newNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("users-new-role");
        role.getItems().setAll(model.roles());
        role.setConverter(converter(model::roleName));
        role.setValue(model.newRoleProperty().get());
        role.setOnAction(e -> model.chooseRole(role.getValue()));
        model.newRoleProperty().addListener((o, a, r) -> role.setValue(r));
        PasswordField password = new PasswordField();
        password.setId("users-new-password");
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField again = new PasswordField();
        again.setId("users-new-password-again");
        again.textProperty().bindBidirectional(model.newPasswordAgainProperty());
        Button create = new Button(messages.get("users.create"));
        create.setId("users-create");
        create.getStyleClass().add(Styles.PRIMARY);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        // Enter in the last field creates, as the button would.
        again.setOnAction(e -> model.create());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("users.create.name", nameField), nameField, label("users.create.role", role), role);
        form.addRow(1, label("users.create.password", password), password, label("users.create.again", again), again,
                create);
        Label rules = new Label(messages.get("users.create.rules"));
        rules.getStyleClass().add(Styles.MUTED);
        rules.setWrapText(true);
        return new VBox(6, heading, form, rules);
    }

    private Node buildSelectedPanel() {
        Label heading = new Label();
        heading.setId("users-selected");
        heading.getStyleClass().add(Styles.SUBTITLE);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            UserAccount s = model.selectedProperty().get();
            return s == null ? messages.get("users.selected.none")
                    : messages.get("users.selected", s.username(), model.roleName(s.role()));
        }, model.selectedProperty()));
        Label hint = new Label();
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            UserAccount s = model.selectedProperty().get();
            return s == null || s.role() == Role.OFFICER ? messages.get("users.assign.hint")
                    : messages.get("users.assign.notOfficer");
        }, model.selectedProperty()));

        ListView<Choice> markets = checkList("users-markets", model.markets());
        ListView<Choice> outlets = checkList("users-outlets", model.outlets());
        outlets.setPrefHeight(64);
        outlets.setMinHeight(52);
        Button saveAssignment = new Button(messages.get("users.assign.save"));
        saveAssignment.setId("users-assign-save");
        saveAssignment.getStyleClass().add(Styles.PRIMARY);
        saveAssignment.disableProperty().bind(model.assignableProperty().not().or(model.busyProperty()));
        saveAssignment.setOnAction(e -> model.saveAssignment());

        PasswordField reset = new PasswordField();
        reset.setId("users-reset-password");
        reset.setPromptText(messages.get("users.reset.password"));
        reset.textProperty().bindBidirectional(model.resetPasswordProperty());
        PasswordField resetAgain = new PasswordField();
        resetAgain.setId("users-reset-password-again");
        resetAgain.setPromptText(messages.get("users.reset.again"));
        resetAgain.textProperty().bindBidirectional(model.resetPasswordAgainProperty());
        resetAgain.setOnAction(e -> model.resetPassword());
        Button resetButton = new Button(messages.get("users.reset"));
        resetButton.setMinWidth(Region.USE_PREF_SIZE);
        resetButton.setId("users-reset");
        resetButton.setOnAction(e -> model.resetPassword());
        HBox resetBox = new HBox(6, reset, resetAgain, resetButton);
        resetBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reset, Priority.ALWAYS);
        HBox.setHgrow(resetAgain, Priority.ALWAYS);

        Button toggle = new Button();
        toggle.setId("users-toggle-active");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            UserAccount s = model.selectedProperty().get();
            return messages.get(s != null && !s.active() ? "users.enable" : "users.disable");
        }, model.selectedProperty()));
        toggle.setOnAction(e -> model.toggleActive());

        for (Node n : List.of(reset, resetAgain, resetButton)) {
            n.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
        toggle.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty())
                .or(model.ownAccountSelectedProperty()));
        markets.disableProperty().bind(model.assignableProperty().not());
        outlets.disableProperty().bind(model.assignableProperty().not());

        Label marketsLabel = label("users.assign.markets", markets);
        Label outletsLabel = label("users.assign.outlets", outlets);
        VBox panel = new VBox(6, heading, hint, marketsLabel, markets, outletsLabel, outlets, saveAssignment,
                new Separator(), new Label(messages.get("users.reset.title")), resetBox, new Separator(), toggle);
        VBox.setVgrow(markets, Priority.ALWAYS);
        panel.setPrefWidth(340);
        panel.setMinWidth(340);
        panel.setMaxWidth(340);
        return panel;
    }

    /** A list of markets or outlets with a box each; Space ticks the one under the cursor. */
    private ListView<Choice> checkList(String id, javafx.collections.ObservableList<Choice> items) {
        ListView<Choice> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::checked, converter(Choice::name)));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Choice c = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && c != null) {
                e.consume();
                c.checked().set(!c.checked().get());
            }
        });
        return list;
    }

    private Label label(String key, Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        return l;
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
}
