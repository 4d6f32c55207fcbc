package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The log-in form: checks the password off the JavaFX thread (hashing takes a moment) and hands a {@link Session}
 * on. Refusals (wrong password, locked account, disabled account) are the account service's words.
 */
public final class LoginViewModel {
    private final LoginCheck accounts;
    private final Messages messages;
    private final TaskRunner tasks;
    private final String device;
    private final Consumer<Session> loggedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LoginViewModel(LoginCheck accounts, Messages messages, TaskRunner tasks, String device,
                          Consumer<Session> loggedIn) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.device = device;
        this.loggedIn = loggedIn;
    }

    /** A line above the form that is not an error, e.g. that the administrator was just created. */
    public void note(String text) {
        message.set(text);
        error.set(false);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        String name = username.get();
        String secret = password.get();
        busy.set(true);
        note(messages.get("login.checking"));
        tasks.run(p -> accounts.login(name, secret, device), actor -> {
            busy.set(false);
            password.set("");
            note("");
            loggedIn.accept(new Session(actor));
        }, failure -> {
            busy.set(false);
            password.set("");
            message.set(FormFailure.text(failure, messages));
            error.set(true);
        });
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
