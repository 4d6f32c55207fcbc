package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Changing the logged-in account's password: the current one, the new one twice. */
public final class ChangePasswordViewModel {
    private final AccountService accounts;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Session session;
    private final Runnable changed;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty fresh = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ChangePasswordViewModel(AccountService accounts, Messages messages, TaskRunner tasks, Session session,
                                   Runnable changed) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.session = session;
        this.changed = changed;
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        String old = current.get();
        String secret = fresh.get();
        if (!secret.equals(repeat.get())) {
            message.set(messages.get("login.repeatMismatch"));
            repeat.set("");
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(p -> {
            accounts.changePassword(session.actor(), old, secret);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            current.set("");
            fresh.set("");
            repeat.set("");
            changed.run();
        }, failure -> {
            busy.set(false);
            current.set("");
            message.set(FormFailure.text(failure, messages));
        });
    }

    public StringProperty current() {
        return current;
    }

    public StringProperty fresh() {
        return fresh;
    }

    public StringProperty repeat() {
        return repeat;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
