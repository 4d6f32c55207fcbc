package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The forms before the shell: log-in, and in set-up mode the first administrator. Keyboard only: Enter in a field
 * moves to the next one, Enter in the last one submits.
 */
public final class LoginView {
    private static final String FORM = "login-form";
    private static final String PAGE = "login-page";

    private LoginView() {
    }

    public static Parent login(LoginViewModel model, Messages messages) {
        TextField username = new TextField();
        PasswordField password = new PasswordField();
        username.setId("login-username");
        password.setId("login-password");
        username.textProperty().bindBidirectional(model.username());
        password.textProperty().bindBidirectional(model.password());
        Button submit = new Button(messages.get("login.submit"));
        submit.setId("login-submit");
        Label message = message("login-message", model.message());
        model.error().addListener((o, was, is) -> errorStyle(message, is));
        errorStyle(message, model.error().get());
        wire(model::submit, model.busy(), submit, username, password);
        Parent form = form(messages.get("login.title"), messages.get("login.subtitle"), message, submit,
                new String[] {messages.get("login.username"), messages.get("login.password")}, username, password);
        focusLater(model.username().get().isEmpty() ? username : password);
        return form;
    }

    /**
     * The first administrator's form; below it, for a new officer's laptop, the way to start from the office's
     * package instead ({@code start} null: not offered).
     */
    public static Parent firstAdmin(FirstAdminViewModel model, Messages messages, StartFromPackageViewModel start) {
        TextField username = new TextField();
        PasswordField password = new PasswordField();
        PasswordField repeat = new PasswordField();
        username.setId("first-username");
        password.setId("first-password");
        repeat.setId("first-repeat");
        username.textProperty().bindBidirectional(model.username());
        password.textProperty().bindBidirectional(model.password());
        repeat.textProperty().bindBidirectional(model.repeat());
        Button submit = new Button(messages.get("login.firstAdmin.submit"));
        submit.setId("first-submit");
        Label message = message("first-message", model.message());
        errorStyle(message, true);
        wire(model::submit, model.busy(), submit, username, password, repeat);
        refocusOnRefusal(model.message(), password, repeat);
        Parent form = form(messages.get("login.firstAdmin.title"), messages.get("login.firstAdmin.subtitle"),
                message, submit, new String[] {messages.get("login.username"), messages.get("login.password"),
                        messages.get("login.repeat")}, username, password, repeat);
        if (start != null) {
            Button fromPackage = new Button(messages.get("sync.start.button"));
            fromPackage.setId("first-from-package");
            fromPackage.setMaxWidth(Double.MAX_VALUE);
            fromPackage.disableProperty().bind(start.busyProperty().or(model.busy()));
            fromPackage.setOnAction(e -> start.start());
            Label note = new Label();
            note.setId("first-from-package-message");
            note.setWrapText(true);
            note.textProperty().bind(start.messageProperty());
            // While the package loads the note says so; what stays once it stopped is why it was not used.
            start.busyProperty().addListener((o, was, is) -> errorStyle(note, !is));
            errorStyle(note, false);
            VBox card = (VBox) ((StackPane) form).getChildren().get(0);
            card.getChildren().addAll(new javafx.scene.control.Separator(), fromPackage, note);
        }
        focusLater(username);
        return form;
    }

    /** The fields and message of the change-password dialog, which brings its own buttons. */
    static Parent changePassword(ChangePasswordViewModel model, Messages messages, Runnable submit) {
        PasswordField current = new PasswordField();
        PasswordField fresh = new PasswordField();
        PasswordField repeat = new PasswordField();
        current.setId("password-current");
        fresh.setId("password-new");
        repeat.setId("password-repeat");
        current.textProperty().bindBidirectional(model.current());
        fresh.textProperty().bindBidirectional(model.fresh());
        repeat.textProperty().bindBidirectional(model.repeat());
        current.setOnAction(e -> fresh.requestFocus());
        fresh.setOnAction(e -> repeat.requestFocus());
        repeat.setOnAction(e -> submit.run());
        refocusOnRefusal(model.message(), current, fresh, repeat);
        Label message = message("password-message", model.message());
        errorStyle(message, true);
        GridPane grid = grid(new String[] {messages.get("login.currentPassword"), messages.get("login.newPassword"),
                messages.get("login.repeat")}, current, fresh, repeat);
        focusLater(current);
        return new VBox(12, grid, message);
    }

    private static Label message(String id, StringProperty text) {
        Label message = new Label();
        message.setId(id);
        message.textProperty().bind(text);
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.setMinHeight(40);
        return message;
    }

    private static void errorStyle(Label message, boolean error) {
        message.getStyleClass().removeAll(Styles.SAVED, Styles.MESSAGE_ERROR);
        message.getStyleClass().add(error ? Styles.MESSAGE_ERROR : Styles.SAVED);
    }

    /** After a refusal the form has emptied the fields to type again: the cursor goes to the first of them. */
    private static void refocusOnRefusal(StringProperty message, TextField... fields) {
        message.addListener((o, was, is) -> {
            if (is != null && !is.isEmpty()) {
                for (TextField field : fields) {
                    if (field.getText().isEmpty()) {
                        field.requestFocus();
                        return;
                    }
                }
            }
        });
    }

    private static void wire(Runnable submit, BooleanProperty busy, Button button, TextField... fields) {
        for (int i = 0; i < fields.length - 1; i++) {
            TextField next = fields[i + 1];
            fields[i].setOnAction(e -> next.requestFocus());
        }
        fields[fields.length - 1].setOnAction(e -> submit.run());
        button.setOnAction(e -> submit.run());
        button.getStyleClass().add(Styles.PRIMARY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.disableProperty().bind(busy);
    }

    private static Parent form(String title, String subtitle, Label message, Button submit, String[] labels,
                               TextField... fields) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE);
        Label sub = new Label(subtitle);
        sub.getStyleClass().add(Styles.MUTED);
        sub.setWrapText(true);
        sub.setMaxWidth(360);
        VBox card = new VBox(14, heading, sub, grid(labels, fields), message, submit);
        card.getStyleClass().add(FORM);
        card.setMaxSize(440, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.getStyleClass().add(PAGE);
        return page;
    }

    private static GridPane grid(String[] labels, TextField... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(labels[i]);
            label.setLabelFor(fields[i]);
            fields[i].setPrefColumnCount(18);
            grid.addRow(i, label, fields[i]);
        }
        return grid;
    }

    /** After the form is in its scene, or the request is lost. */
    private static void focusLater(TextField field) {
        Platform.runLater(field::requestFocus);
    }
}
