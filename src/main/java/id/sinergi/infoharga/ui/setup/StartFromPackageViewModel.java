package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A new officer's laptop, still empty: instead of creating an administrator here, start from the office's
 * package. The package's sender is shown with its key fingerprint; only when the person confirms that it is the
 * one the office reads out (by telephone, in person) is the office device trusted and its data (accounts, master
 * data, prices) loaded. Then the officer logs in with the account the office made.
 */
public final class StartFromPackageViewModel {
    private final SyncService sync;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Optional<Path>> chooser;
    private final Consumer<String> started;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param started gets the note the log-in form shows afterwards */
    public StartFromPackageViewModel(SyncService sync, Messages messages, TaskRunner tasks, DialogService dialogs,
                                     Supplier<Optional<Path>> chooser, Consumer<String> started) {
        this.sync = sync;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.started = started;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void start() {
        if (busy.get()) {
            return;
        }
        Optional<Path> file = chooser.get();
        if (file.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set(messages.get("sync.start.working"));
        tasks.run(p -> sync.inspect(file.get()), sender -> {
            int answer = dialogs.choose(messages.get("sync.start.title"), messages.get("sync.start.question",
                            file.get().getFileName(), sender.deviceName(), sender.deviceId(), sender.user(),
                            sender.fingerprint()),
                    List.of(messages.get("sync.start.yes"), messages.get("sync.start.no")));
            if (answer != 0) {
                busy.set(false);
                message.set("");
                return;
            }
            tasks.run(p -> sync.startFrom(file.get(), sender.fingerprint(), WorkProgress.NONE), r -> {
                busy.set(false);
                message.set("");
                started.accept(messages.get("sync.start.done", r.fresh()));
            }, this::failed);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(e instanceof UserInputException ? e.getMessage() : messages.get("sync.error", ProblemText.forUser(e, messages)));
    }
}
