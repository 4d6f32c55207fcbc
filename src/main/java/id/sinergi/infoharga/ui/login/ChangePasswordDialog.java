package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The change-password dialog. It stays open on a refusal, with the account service's words under the fields, and
 * closes once the new password is on disk.
 */
public final class ChangePasswordDialog {
    private ChangePasswordDialog() {
    }

    /** Shows the dialog and waits; {@code true} when the password was changed. */
    public static boolean show(Window owner, Messages messages,
                               Function<Runnable, ChangePasswordViewModel> modelFor) {
        Dialog<Boolean> dialog = new Dialog<>();
        ChangePasswordViewModel model = modelFor.apply(() -> {
            dialog.setResult(Boolean.TRUE);
            dialog.close();
        });
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("login.shell.changePassword"));
        dialog.setHeaderText(messages.get("login.changePassword.header"));
        ButtonType save = new ButtonType(messages.get("login.changePassword.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("login.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Runnable submit = model::submit;
        dialog.getDialogPane().setContent(LoginView.changePassword(model, messages, submit));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(model.busy());
        // The check runs in the background: keep the dialog open until it reports.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit.run();
        });
        dialog.setResultConverter(b -> Boolean.FALSE);
        return dialog.showAndWait().orElse(false);
    }
}
