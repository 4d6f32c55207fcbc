package id.sinergi.infoharga.ui.users;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The administrator's accounts screen over {@link AccountService}: the list, a new account, the markets and outlets
 * an officer may write, a password reset, disabling and enabling. Every rule (names, passwords, who may do what, no
 * disabling oneself) is the service's; its refusal is shown as it says it and nothing is changed. Someone who is not
 * an administrator is told so and sees no accounts.
 */
public final class UsersViewModel {
    private static final String NONE = "\u2013";

    private final AccountService accounts;
    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final Supplier<Instant> now;
    private final Map<Integer, String> marketNames;
    private final Map<Integer, String> outletNames;

    // ---- state (read-only to the view, except the form fields) ----
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UserAccount> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ownAccountSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper assignable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Choice> markets;
    private final ObservableList<Choice> outlets;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Role> newRole = new ReadOnlyObjectWrapper<>(Role.OFFICER);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty resetPasswordAgain = new SimpleStringProperty("");

    public UsersViewModel(AccountService accounts, Catalog catalog, Messages messages, Formats formats,
                          TaskRunner tasks, DialogService dialogs, Supplier<Actor> actor, Supplier<Instant> now) {
        this.accounts = accounts;
        this.messages = messages;
        this.formats = formats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        selected.addListener((o, a, account) -> ownAccountSelected.set(account != null
                && account.username().equals(actor.get().username())));
        this.now = now;
        this.marketNames = catalog.markets().stream().collect(Collectors.toMap(Market::id, Market::name));
        this.outletNames = catalog.outlets().stream().collect(Collectors.toMap(Outlet::id, Outlet::name));
        this.markets = FXCollections.observableArrayList(catalog.activeMarkets().stream()
                .map(m -> new Choice(m.id(), m.name())).toList());
        this.outlets = FXCollections.observableArrayList(catalog.outlets().stream().filter(Outlet::active)
                .map(o -> new Choice(o.id(), o.name())).toList());
    }

    /** False until the list has been read as an active administrator. */
    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ObservableList<UserRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<UserAccount> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The logged-in administrator's own account is selected: it cannot be disabled, so the button is off. */
    public ReadOnlyBooleanProperty ownAccountSelectedProperty() {
        return ownAccountSelected.getReadOnlyProperty();
    }

    /** An officer is selected: the check-lists apply to it. */
    public ReadOnlyBooleanProperty assignableProperty() {
        return assignable.getReadOnlyProperty();
    }

    /** The active markets, ticked for the selected account's. */
    public ObservableList<Choice> markets() {
        return FXCollections.unmodifiableObservableList(markets);
    }

    /** The active WULANDARI outlets, ticked for the selected account's. */
    public ObservableList<Choice> outlets() {
        return FXCollections.unmodifiableObservableList(outlets);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The message is a refusal or a failure rather than a confirmation. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyObjectProperty<Role> newRoleProperty() {
        return newRole.getReadOnlyProperty();
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetPasswordAgainProperty() {
        return resetPasswordAgain;
    }

    /** "Petugas pasar", "Analis", "Administrator". */
    public String roleName(Role role) {
        return switch (role) {
            case OFFICER -> messages.get("users.role.officer");
            case ANALYST -> messages.get("users.role.analyst");
            case ADMIN -> messages.get("users.role.admin");
        };
    }

    // ---- commands ----

    /** Reads the accounts again, keeping the selection by name. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().username();
        busy.set(true);
        tasks.run(p -> accounts.users(actor.get()), list -> {
            busy.set(false);
            allowed.set(true);
            show(list, keep);
        }, error -> {
            busy.set(false);
            if (error instanceof id.sinergi.infoharga.app.AccessDeniedException) {
                allowed.set(false);
                rows.clear();
                select(null);
                say(messages.get("users.noAccess"), true);
            } else {
                fail(error);
            }
        });
    }

    public void chooseRole(Role role) {
        newRole.set(role == null ? Role.OFFICER : role);
    }

    /** Brings an account's assignment into the check-lists (null clears them). */
    public void select(UserAccount account) {
        selected.set(account);
        assignable.set(account != null && account.role() == Role.OFFICER);
        Set<Integer> m = account == null ? Set.of() : account.marketIds();
        Set<Integer> o = account == null ? Set.of() : account.outletIds();
        markets.forEach(c -> c.checked().set(m.contains(c.id())));
        outlets.forEach(c -> c.checked().set(o.contains(c.id())));
        resetPassword.set("");
        resetPasswordAgain.set("");
    }

    /** Creates the account of the form; a refusal leaves the form (but the passwords) as typed and stores nothing. */
    public void create() {
        String name = newName.get() == null ? "" : newName.get().strip();
        String secret = newPassword.get();
        Role role = newRole.get();
        if (name.isEmpty()) {
            say(messages.get("users.create.needName"), true);
            return;
        }
        if (!secret.equals(newPasswordAgain.get())) {
            newPasswordAgain.set("");
            say(messages.get("login.repeatMismatch"), true);
            return;
        }
        busy.set(true);
        tasks.run(p -> accounts.createUser(actor.get(), name, role, secret), created -> {
            busy.set(false);
            newName.set("");
            newPassword.set("");
            newPasswordAgain.set("");
            selected.set(created);
            say(messages.get(created.role() == Role.OFFICER ? "users.created.officer" : "users.created",
                    created.username(), roleName(created.role())), false);
            load();
        }, error -> {
            busy.set(false);
            newPassword.set("");
            newPasswordAgain.set("");
            fail(error);
        });
    }

    /** Stores the ticked markets and outlets as the selected officer's. */
    public void saveAssignment() {
        UserAccount account = selected.get();
        if (account == null) {
            say(messages.get("users.selectFirst"), true);
            return;
        }
        List<Integer> m = ticked(markets);
        List<Integer> o = ticked(outlets);
        busy.set(true);
        tasks.run(p -> accounts.assign(actor.get(), account.username(), m, o), updated -> {
            busy.set(false);
            selected.set(updated);
            say(messages.get("users.assigned", updated.username(), updated.marketIds().size(),
                    updated.outletIds().size()), false);
            load();
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    /** Sets the selected account's password to the one typed twice (same rules as everywhere). */
    public void resetPassword() {
        UserAccount account = selected.get();
        if (account == null) {
            say(messages.get("users.selectFirst"), true);
            return;
        }
        String secret = resetPassword.get();
        if (!secret.equals(resetPasswordAgain.get())) {
            resetPasswordAgain.set("");
            say(messages.get("login.repeatMismatch"), true);
            return;
        }
        busy.set(true);
        tasks.run(p -> {
            accounts.resetPassword(actor.get(), account.username(), secret);
            return account;
        }, done -> {
            busy.set(false);
            resetPassword.set("");
            resetPasswordAgain.set("");
            say(messages.get("users.passwordReset", done.username()), false);
            load();
        }, error -> {
            busy.set(false);
            resetPassword.set("");
            resetPasswordAgain.set("");
            fail(error);
        });
    }

    /** Disables the selected account after asking; enables it again when it is disabled. */
    public void toggleActive() {
        UserAccount account = selected.get();
        if (account == null) {
            say(messages.get("users.selectFirst"), true);
            return;
        }
        boolean disabling = account.active();
        String question = messages.get(disabling ? "users.disable.question" : "users.enable.question",
                account.username());
        int answer = dialogs.choose(messages.get("users.title"), question, List.of(
                messages.get(disabling ? "users.disable" : "users.enable"), messages.get("users.cancel")));
        if (answer != 0) {
            return;
        }
        busy.set(true);
        tasks.run(p -> {
            if (disabling) {
                accounts.disable(actor.get(), account.username());
            } else {
                accounts.enable(actor.get(), account.username());
            }
            return account;
        }, done -> {
            busy.set(false);
            say(messages.get(disabling ? "users.disabled" : "users.enabled", done.username()), false);
            load();
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    private void show(List<UserAccount> list, String keep) {
        rows.setAll(list.stream().map(this::row).toList());
        UserAccount again = keep == null ? null
                : list.stream().filter(a -> a.username().equals(keep)).findFirst().orElse(null);
        select(again);
    }

    private UserRow row(UserAccount a) {
        return new UserRow(a, a.username(), roleName(a.role()),
                messages.get(a.active() ? "users.status.active" : "users.status.disabled"),
                names(a.marketIds(), marketNames), names(a.outletIds(), outletNames), logins(a));
    }

    private static String names(Collection<Integer> ids, Map<Integer, String> names) {
        return ids.isEmpty() ? NONE : ids.stream().sorted().map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    private String logins(UserAccount a) {
        Instant t = now.get();
        if (a.lockedAt(t)) {
            long seconds = Math.max(1, Duration.between(t, a.lockedUntil()).toSeconds());
            return messages.get("users.locked", formats.time(a.lockedUntil()), seconds);
        }
        return a.failedLogins() == 0 ? NONE : messages.get("users.failedLogins", a.failedLogins());
    }

    private static List<Integer> ticked(List<Choice> choices) {
        return choices.stream().filter(c -> c.checked().get()).map(Choice::id).toList();
    }

    private void fail(Throwable error) {
        say(error instanceof UserInputException ? error.getMessage()
                : messages.get("users.failed", ProblemText.forUser(error, messages)), true);
    }

    private void say(String text, boolean failure) {
        failed.set(failure);
        message.set(text);
    }

    /** For the view's role picker. */
    public List<Role> roles() {
        return List.of(Role.OFFICER, Role.ANALYST, Role.ADMIN);
    }

}
