package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.app.Messages;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs: modal to the main window, keyboard first (Enter = the default answer, Escape = the last). */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public int choose(String title, String question, List<String> answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.setContentText(question);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == answers.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(answers.get(i), data));
        }
        alert.getButtonTypes().setAll(buttons);
        ButtonType chosen = alert.showAndWait().orElse(buttons.get(buttons.size() - 1));
        return buttons.indexOf(chosen);
    }

    @Override
    public Optional<ReasonAnswer> askReason(String title, String question, List<String> choices, String noteLabel) {
        Dialog<ReasonAnswer> dialog = new Dialog<>();
        prepare(dialog, title);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(choices);
        list.setPrefHeight(choices.size() * 26 + 4);
        list.getSelectionModel().select(0);
        TextField note = new TextField();
        note.setId("reason-note");
        list.setId("reason-list");
        Label noteCaption = new Label(noteLabel);
        noteCaption.setLabelFor(note);
        Label questionLabel = new Label(question);
        questionLabel.setWrapText(true);
        VBox content = new VBox(8, questionLabel, list, noteCaption, note);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        var okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable validate = () -> okButton.setDisable(list.getSelectionModel().getSelectedIndex() < 0
                || (list.getSelectionModel().getSelectedIndex() == choices.size() - 1 && note.getText().isBlank()));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> validate.run());
        note.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        // Digits pick a reason at once and Enter confirms, so the officer's hand stays on the number keys. A
        // filter, because the list itself would take Enter.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isDigitKey()) {
                String name = e.getCode().getName();
                int i = name.charAt(name.length() - 1) - '1';
                if (i >= 0 && i < choices.size()) {
                    list.getSelectionModel().select(i);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (okButton.isDisabled()) {
                    note.requestFocus();
                } else {
                    ((javafx.scene.control.Button) okButton).fire();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(cancel)).fire();
            } else if (e.getCode() == KeyCode.TAB && !e.isShiftDown()) {
                note.requestFocus();
                e.consume();
            }
        });
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + "   " + item);
            }
        });
        dialog.setResultConverter(b -> b == ok
                ? new ReasonAnswer(list.getSelectionModel().getSelectedIndex(), note.getText().strip()) : null);
        Platform.runLater(list::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Integer> pick(String title, String label, List<String> choices, int selected) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(selected), choices);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        // JavaFX has no Indonesian button texts of its own.
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(choices::indexOf);
    }

    @Override
    public Optional<List<String>> askTexts(String title, String question, List<String> labels,
                                           List<String> initial) {
        Dialog<List<String>> dialog = new Dialog<>();
        prepare(dialog, title);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label questionLabel = new Label(question);
        questionLabel.setWrapText(true);
        grid.add(questionLabel, 0, 0, 2, 1);
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            TextField field = new TextField(i < initial.size() ? initial.get(i) : "");
            field.setId("text-" + i);
            Label label = new Label(labels.get(i));
            label.setLabelFor(field);
            grid.add(label, 0, i + 1);
            grid.add(field, 1, i + 1);
            fields.add(field);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? fields.stream().map(TextField::getText).toList() : null);
        if (!fields.isEmpty()) {
            Platform.runLater(fields.get(0)::requestFocus);
        }
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        var css = FxDialogService.class.getResource("/ui/app.css");
        if (css != null) {
            dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
        }
    }
}
