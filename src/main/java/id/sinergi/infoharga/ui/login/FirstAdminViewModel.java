package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The form of a data folder in set-up mode: the first administrator's name and password, typed twice. The password
 * rules are the account service's; nothing is created while anything is wrong.
 */
public final class FirstAdminViewModel {
    private final AccountService accounts;
    private final Messages messages;
    private final TaskRunner tasks;
    private final String device;
    private final Consumer<String> created;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** @param created gets the new administrator's user name */
    public FirstAdminViewModel(AccountService accounts, Messages messages, TaskRunner tasks, String device,
                               Consumer<String> created) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.device = device;
        this.created = created;
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        String name = username.get();
        String secret = password.get();
        if (!secret.equals(repeat.get())) {
            message.set(messages.get("login.repeatMismatch"));
            repeat.set("");
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(p -> accounts.createFirstAdmin(name, secret, device), account -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            created.accept(account.username());
        }, failure -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            message.set(FormFailure.text(failure, messages));
        });
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
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
