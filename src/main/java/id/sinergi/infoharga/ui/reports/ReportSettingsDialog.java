package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.Messages;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/**
 * The letterhead and signature dialog. {@link #content} is the form alone, so that a settings dialog can hold it as
 * one of its pages; {@link #show} wraps it in a dialog of its own. Save keeps the dialog open with the result under
 * the fields; Esc or Tutup closes it.
 */
public final class ReportSettingsDialog {
    private ReportSettingsDialog() {
    }

    public static void show(Window owner, Messages messages, ReportSettingsViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("reportSettings.title"));
        dialog.setHeaderText(messages.get("reportSettings.intro"));
        ButtonType save = new ButtonType(messages.get("reportSettings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("reportSettings.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, close);
        dialog.getDialogPane().setContent(content(messages, model, () -> owner));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.busyProperty());
        saveButton.setId("report-settings-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        dialog.setResultConverter(b -> null);
        model.load();
        dialog.showAndWait();
    }

    /** The form: office, place, position, name and NIP (Alt + the underlined letter), the logo, the message. */
    public static Node content(Messages messages, ReportSettingsViewModel model,
                               java.util.function.Supplier<Window> owner) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(320, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(grid, row, messages.get("reportSettings.office"), "report-settings-office",
                model.officeProperty());
        row = field(grid, row, messages.get("reportSettings.place"), "report-settings-place", model.placeProperty());
        row = field(grid, row, messages.get("reportSettings.position"), "report-settings-position",
                model.positionProperty());
        row = field(grid, row, messages.get("reportSettings.name"), "report-settings-name",
                model.signerNameProperty());
        row = field(grid, row, messages.get("reportSettings.nip"), "report-settings-nip", model.nipProperty());

        Label logoName = new Label();
        logoName.setId("report-settings-logo");
        logoName.textProperty().bind(model.logoProperty());
        Button choose = new Button(messages.get("reportSettings.logo.choose"));
        choose.setId("report-settings-logo-choose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("reportSettings.logo.chooserTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("reportSettings.logo.images"), "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG"));
            File file = chooser.showOpenDialog(owner.get());
            if (file != null) {
                model.chooseLogo(file.toPath());
            }
        });
        Button remove = new Button(messages.get("reportSettings.logo.remove"));
        remove.setId("report-settings-logo-remove");
        remove.disableProperty().bind(model.busyProperty().or(model.hasLogoProperty().not()));
        remove.setOnAction(e -> model.removeLogo());
        HBox logoRow = new HBox(8, logoName, choose, remove);
        logoRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(logoName, Priority.ALWAYS);
        logoName.setMaxWidth(Double.MAX_VALUE);
        grid.add(new Label(messages.get("reportSettings.logo")), 0, row);
        grid.add(logoRow, 1, row);

        Label message = new Label();
        message.setId("report-settings-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        // Room for two lines from the start: the dialog does not grow once shown, and a refusal must not be cut.
        message.setMinHeight(40);
        message.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, a, bad) -> message.setStyle(bad ? "-fx-text-fill: #b00020;" : ""));
        VBox box = new VBox(12, grid, message);
        box.setPadding(new Insets(8, 4, 4, 4));
        return box;
    }

    private static int field(GridPane grid, int row, String text, String id,
                             javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        Label l = new Label(text);
        l.setLabelFor(f);
        grid.add(l, 0, row);
        grid.add(f, 1, row);
        return row + 1;
    }
}
