package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * Server pusat: the central PostgreSQL server's address, the account's user name and its server password. The
 * password is never shown again once stored: an empty field keeps it. Every field left empty while nothing is
 * stored means no central server (Simpan writes nothing). Uji koneksi connects once, off the JavaFX thread, and says
 * in one line what it reached.
 */
public final class ServerSettingsViewModel implements SettingsPart {
    static final String SCHEME = "jdbc:postgresql://";
    private final ServerSettingsPort port;
    private final Messages messages;
    private final TaskRunner tasks;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper passwordStored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private ServerSettingsPort.Stored stored;
    private TaskRunner.Handle test;

    public ServerSettingsViewModel(ServerSettingsPort port, Messages messages, TaskRunner tasks) {
        this.port = port;
        this.messages = messages;
        this.tasks = tasks;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** A password is stored: the field may stay empty. */
    public ReadOnlyBooleanProperty passwordStoredProperty() {
        return passwordStored.getReadOnlyProperty();
    }

    /** The one line Uji koneksi (or loading) said. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Reads what is stored into the fields. */
    public void load() {
        tasks.run(p -> port.stored(), s -> {
            stored = s.orElse(null);
            // Whatever was typed before the stored values arrived stays.
            if (blank()) {
                url.set(s.map(ServerSettingsPort.Stored::url).orElse(""));
                user.set(s.map(ServerSettingsPort.Stored::user).orElse(""));
            }
            passwordStored.set(s.map(ServerSettingsPort.Stored::passwordStored).orElse(false));
        }, e -> say(text(e), true));
    }

    private String typedUrl() {
        return url.get() == null ? "" : url.get().strip();
    }

    private String typedUser() {
        return user.get() == null ? "" : user.get().strip();
    }

    private String typedPassword() {
        return password.get() == null ? "" : password.get();
    }

    /** Nothing typed at all: no central server. */
    private boolean blank() {
        return typedUrl().isEmpty() && typedUser().isEmpty() && typedPassword().isEmpty();
    }

    @Override
    public Optional<String> problem() {
        if (blank() && stored == null) {
            return Optional.empty();
        }
        String address = typedUrl();
        if (!address.startsWith(SCHEME) || address.length() == SCHEME.length()
                || address.substring(SCHEME.length()).startsWith("/") || address.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(messages.get("settings.server.urlInvalid", SCHEME));
        }
        if (typedUser().isEmpty()) {
            return Optional.of(messages.get("settings.server.userMissing"));
        }
        if (typedPassword().isEmpty() && !passwordStored.get()) {
            return Optional.of(messages.get("settings.server.passwordMissing"));
        }
        return Optional.empty();
    }

    @Override
    public boolean changed() {
        if (blank()) {
            return false;
        }
        return stored == null || !stored.url().equals(typedUrl()) || !stored.user().equals(typedUser())
                || !typedPassword().isEmpty();
    }

    @Override
    public Save saving() {
        String address = typedUrl();
        String name = typedUser();
        String secret = typedPassword().isEmpty() ? null : typedPassword();
        return actor -> port.save(actor, address, name, secret);
    }

    @Override
    public void saved() {
        password.set("");
    }

    /** Uji koneksi: connects with what is typed (the stored password when the field is empty). */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        Optional<String> problem = blank() ? Optional.of(messages.get("settings.server.urlInvalid", SCHEME))
                : problem();
        if (problem.isPresent()) {
            say(problem.get(), true);
            return;
        }
        String address = typedUrl();
        String name = typedUser();
        String secret = typedPassword().isEmpty() ? null : typedPassword();
        testing.set(true);
        say(messages.get("settings.server.testing"), false);
        test = tasks.run(p -> port.test(address, name, secret), line -> {
            testing.set(false);
            say(line, false);
        }, e -> {
            testing.set(false);
            say(text(e), true);
        });
    }

    /** The dialog closed while a test was running: its answer is no longer wanted. */
    public void stopTest() {
        if (test != null) {
            test.cancel();
        }
        testing.set(false);
    }

    private void say(String text, boolean error) {
        result.set(text);
        failed.set(error);
    }

    private String text(Throwable e) {
        return e instanceof UserInputException ? e.getMessage()
                : messages.get("settings.server.testFailed", String.valueOf(e.getMessage()));
    }
}
