package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService.Language;
import id.sinergi.infoharga.ui.common.TaskRunner;
import id.sinergi.infoharga.ui.login.LoginCheck;
import id.sinergi.infoharga.ui.login.LoginView;
import id.sinergi.infoharga.ui.login.LoginViewModel;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The log-in form shown while the database is still opening (issue 16), in the language the last start found:
 * the user types while the file opens, and the check waits for it. The {@link Desktop} takes over once the database
 * is open, keeping this form when the folder still has accounts in that language and replacing it otherwise.
 */
public final class EarlyLogin {
    private final Language language;

    private EarlyLogin(Language language) {
        this.language = language;
    }

    public static EarlyLogin show(Stage stage, Language language, TaskRunner tasks, String device, LoginCheck check,
                                  Consumer<Session> loggedIn) {
        Messages messages = new Messages(language.locale());
        Locale.setDefault(Locale.Category.FORMAT, language.locale());
        stage.setTitle(messages.get("app.title"));
        LoginViewModel model = new LoginViewModel(check, messages, tasks, device, loggedIn);
        stage.getScene().setRoot(LoginView.login(model, messages));
        Desktop.firstFormShown(stage.getScene());
        return new EarlyLogin(language);
    }

    public Language language() {
        return language;
    }
}
