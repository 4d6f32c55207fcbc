package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Messages;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Umum: the language, chosen from a list (Alt+B / Alt+L goes there). */
public final class GeneralSettingsView {
    private GeneralSettingsView() {
    }

    public static Node of(GeneralSettingsViewModel model, Messages messages) {
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(model.names()));
        language.setId("settings-language");
        language.getSelectionModel().select(model.selectedProperty().get());
        language.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
                model.selectedProperty().set(i.intValue()));
        Label label = new Label(messages.get("settings.language.label"));
        label.setMnemonicParsing(true);
        label.setLabelFor(language);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label, language);
        return grid;
    }
}
