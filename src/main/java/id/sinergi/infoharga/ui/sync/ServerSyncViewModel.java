package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Supplier;

/**
 * Sinkronkan (Ctrl+Shift+S): pushes this device's changes to the central server and pulls everyone else's, off the
 * JavaFX thread with progress and Batal, then says what came of it (sent, received new, already known, conflicts,
 * waiting for acceptance) in a line and in a dialog. Without a server it says where to set one; without a network
 * it says so in one line (the service changed nothing).
 */
public final class ServerSyncViewModel {
    private final ServerSyncPort port;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final Runnable synced;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<ServerSyncPort.Counts> last = new ReadOnlyObjectWrapper<>();
    private SyncRun current;

    /** {@code synced} runs after a Sinkronkan that ended well (the status bar and the screens read again). */
    public ServerSyncViewModel(ServerSyncPort port, Messages messages, TaskRunner tasks, DialogService dialogs,
                               Supplier<Actor> actor, Runnable synced) {
        this.port = port;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.synced = synced;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The counts of the last Sinkronkan that ended well. */
    public ReadOnlyObjectProperty<ServerSyncPort.Counts> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** One Sinkronkan; ignored while one runs. */
    public void sync() {
        if (busy.get()) {
            return;
        }
        SyncRun run = new SyncRun();
        current = run;
        busy.set(true);
        progress.set(-1);
        say(messages.get("sync.server.connecting"), false);
        Actor who = actor.get();
        run.handle = tasks.run(p -> port.configured() ? port.syncNow(who, run.progress(p)) : null,
                (fraction, text) -> {
                    if (run == current) {
                        progress.set(fraction);
                        if (text != null && !text.isBlank()) {
                            message.set(text);
                        }
                    }
                }, counts -> {
                    if (finished(run)) {
                        done(counts);
                    }
                }, e -> {
                    if (finished(run)) {
                        say(text(e), !(e instanceof WorkCancelledException));
                    }
                });
    }

    private void done(ServerSyncPort.Counts counts) {
        if (counts == null) {
            say(messages.get("sync.server.notConfigured"), true);
            return;
        }
        last.set(counts);
        String line = messages.get("sync.server.doneLine", counts.sent(), counts.receivedNew(), counts.known(),
                counts.conflicts(), counts.waiting());
        say(counts.waiting() > 0 ? line + " " + messages.get("sync.server.waitingNote") : line, false);
        synced.run();
        String details = messages.get("sync.server.done", counts.sent(), counts.receivedNew(), counts.known(),
                counts.conflicts(), counts.waiting());
        dialogs.choose(messages.get("sync.server.done.title"), counts.waiting() > 0
                ? details + "\n\n" + messages.get("sync.server.waitingNote") : details, List.of(messages.get("login.ok")));
    }

    /** Batal: the service stops at its next batch; what was applied stays, and the next Sinkronkan continues. */
    public void cancel() {
        SyncRun run = current;
        if (run != null) {
            run.cancel();
            finished(run);
            say(messages.get("sync.server.cancelled"), false);
        }
    }

    private boolean finished(SyncRun run) {
        if (run != current) {
            return false;
        }
        current = null;
        busy.set(false);
        progress.set(0);
        return true;
    }

    private void say(String text, boolean error) {
        message.set(text);
        failed.set(error);
    }

    private String text(Throwable e) {
        if (e instanceof WorkCancelledException) {
            return messages.get("sync.server.cancelled");
        }
        return e instanceof UserInputException ? e.getMessage()
                : messages.get("sync.server.failed", ProblemText.forUser(e, messages));
    }
}
