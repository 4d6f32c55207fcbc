package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;

/**
 * The Pengaturan dialog: a tab per {@link SettingsSection} (Ctrl+Tab between them), Simpan (Enter) and Batal
 * (Esc). It stays open on a problem, with the problem's tab in front and its words under the tabs, and closes
 * once everything is written.
 */
public final class SettingsView {
    private SettingsView() {
    }

    /** Shows the dialog and waits; {@code true} when the settings were saved. */
    public static boolean show(Window owner, Messages messages, List<SettingsSection> sections,
                               Function<Runnable, SettingsViewModel> modelFor) {
        Dialog<Boolean> dialog = new Dialog<>();
        SettingsViewModel model = modelFor.apply(() -> {
            dialog.setResult(Boolean.TRUE);
            dialog.close();
        });
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        // Said inside too: the window's own title bar is easy to miss on a full-screen laptop.
        dialog.setHeaderText(messages.get("settings.title"));
        dialog.setResizable(true);
        TabPane tabs = new TabPane();
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (SettingsSection section : sections) {
            Node content = section.view().get();
            if (content instanceof Region r) {
                r.setPadding(new Insets(14, 4, 4, 4));
            }
            Tab tab = new Tab(section.title(), content);
            tab.setId("settings-tab-" + section.id());
            tabs.getTabs().add(tab);
        }
        // On the whole dialog: the cursor may be on Simpan or Batal, outside the tabs.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.TAB) {
                e.consume();
                int n = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (e.isShiftDown() ? n - 1 : 1)) % n);
            }
        });
        // The first field of the tab in front takes the cursor, so that typing starts at once.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> Platform.runLater(() ->
                focusFirst(t.getContent())));
        model.problemAtProperty().addListener((o, a, at) -> {
            if (at.intValue() >= 0) {
                tabs.getSelectionModel().select(at.intValue());
            }
        });
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        // Room for two lines from the start: a problem appearing later neither moves the buttons nor squeezes the tab.
        message.setMinHeight(36);
        message.setPrefHeight(36);
        message.getStyleClass().add(Styles.MESSAGE_ERROR);
        tabs.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, tabs, message);
        content.addEventFilter(KeyEvent.KEY_TYPED, e -> model.edited());
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("settings-save");
        saveButton.disableProperty().bind(model.busyProperty());
        // Writing runs in the background: the dialog stays open until it reports.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        dialog.getDialogPane().lookupButton(cancel).setId("settings-cancel");
        dialog.setResultConverter(b -> Boolean.FALSE);
        dialog.setOnShown(e -> Platform.runLater(() -> focusFirst(tabs.getSelectionModel().getSelectedItem()
                .getContent())));
        return dialog.showAndWait().orElse(false);
    }

    private static void focusFirst(Node node) {
        Node first = firstField(node);
        if (first != null) {
            first.requestFocus();
        }
    }

    /** The first control in tree order that takes the cursor. */
    private static Node firstField(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable() && node instanceof javafx.scene.control.Control) {
            return node;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
