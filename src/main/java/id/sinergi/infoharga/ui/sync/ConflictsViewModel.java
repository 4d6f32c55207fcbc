package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.sync.ConflictInfo;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Konflik: the pairs of changes to the same data made without seeing each other (open ones first), the value in
 * force and the one that lost with who, where and when; an administrator confirms the winner or reverses (the lost
 * value becomes a new change that every device receives).
 */
public final class ConflictsViewModel {
    private final SyncService sync;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final BooleanSupplier administrator;
    private final Runnable dataChanged;

    // ---- state (read-only to the view) ----
    private final ObservableList<ConflictInfo> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);

    public ConflictsViewModel(SyncService sync, Messages messages, TaskRunner tasks, DialogService dialogs,
                              Supplier<Actor> actor, BooleanSupplier administrator, Runnable dataChanged) {
        this.sync = sync;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.administrator = administrator;
        this.dataChanged = dataChanged;
    }

    public ObservableList<ConflictInfo> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    // ---- commands ----

    public void load() {
        tasks.run(p -> new Loaded(sync.conflicts(actor.get()), administrator.getAsBoolean()), loaded -> {
            rows.setAll(loaded.conflicts());
            canDecide.set(loaded.admin());
            if (loaded.conflicts().isEmpty()) {
                say(messages.get("sync.conflict.none"), false);
            }
        }, e -> say(text(e), true));
    }

    private record Loaded(List<ConflictInfo> conflicts, boolean admin) {
    }

    /** Keeps the value in force. */
    public void confirm(ConflictInfo c) {
        if (c == null || !decisionAllowed()) {
            return;
        }
        tasks.run(p -> {
            sync.confirm(actor.get(), c.lost());
            return c;
        }, done -> {
            say(messages.get("sync.conflict.confirmed", c.what()), false);
            load();
        }, e -> say(text(e), true));
    }

    /** Puts the lost value back, after the administrator confirms; it travels as a new change. */
    public void reverse(ConflictInfo c) {
        if (c == null || !decisionAllowed()) {
            return;
        }
        int answer = dialogs.choose(messages.get("sync.conflicts.reverse"), messages.get(
                "sync.conflicts.reverse.question", c.what(), c.loser().value(), c.loser().user(), c.winner().value()),
                List.of(messages.get("sync.conflicts.reverse"), messages.get("dialog.cancel")));
        if (answer != 0) {
            return;
        }
        tasks.run(p -> {
            sync.reverse(actor.get(), c.lost());
            return c;
        }, done -> {
            say(messages.get("sync.conflict.reversed", c.what()), false);
            dataChanged.run();
            load();
        }, e -> say(text(e), true));
    }

    private boolean decisionAllowed() {
        if (!canDecide.get()) {
            say(messages.get("sync.conflicts.adminOnly"), true);
            return false;
        }
        return true;
    }

    private void say(String text, boolean error) {
        message.set(text);
        failed.set(error);
    }

    private String text(Throwable e) {
        return e instanceof UserInputException ? e.getMessage() : messages.get("sync.error", ProblemText.forUser(e, messages));
    }
}
