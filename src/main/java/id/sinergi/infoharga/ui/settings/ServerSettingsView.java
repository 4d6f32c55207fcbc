package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Server pusat: address, user name, password (never shown again), Uji koneksi and its one-line answer. */
public final class ServerSettingsView {
    private ServerSettingsView() {
    }

    public static Node of(ServerSettingsViewModel model, Messages messages) {
        Label hint = new Label(messages.get("settings.server.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        TextField url = new TextField();
        url.setId("settings-server-url");
        url.setPromptText(messages.get("settings.server.url.prompt"));
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("settings-server-user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-server-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.passwordStoredProperty())
                .then(messages.get("settings.server.password.stored")).otherwise(""));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, label(messages.get("settings.server.url"), url), url);
        grid.addRow(1, label(messages.get("settings.server.user"), user), user);
        grid.addRow(2, label(messages.get("settings.server.password"), password), password);

        Button test = new Button(messages.get("settings.server.test"));
        test.setId("settings-server-test");
        test.setMnemonicParsing(true);
        test.setMinWidth(Region.USE_PREF_SIZE);
        // Not disabled while it runs (the model ignores a second press): the cursor stays on the button.
        test.setOnAction(e -> model.testConnection());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.testingProperty());
        Label result = new Label();
        result.setId("settings-server-result");
        result.setWrapText(true);
        // Two lines kept free: the answer of Uji koneksi appears without the dialog changing size.
        result.setMinHeight(36);
        result.textProperty().bind(model.resultProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        model.failedProperty().addListener((o, a, f) -> {
            result.getStyleClass().removeAll(Styles.SAVED, Styles.MESSAGE_ERROR);
            result.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.SAVED);
        });
        result.getStyleClass().add(Styles.SAVED);
        HBox testRow = new HBox(10, test, spinner, result);
        testRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(12, hint, grid, testRow);
        box.setPrefWidth(560);
        return box;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
