package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.app.sync.DeviceNotAcceptedException;
import id.sinergi.infoharga.app.sync.ExportResult;
import id.sinergi.infoharga.app.sync.PackageRefusedException;
import id.sinergi.infoharga.app.sync.ReceiveResult;
import id.sinergi.infoharga.app.sync.SenderInfo;
import id.sinergi.infoharga.app.sync.SyncService;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Kirim data and Terima data: writing this device's package into a folder the user picks, and reading one or many
 * packages (or a folder of them), each applied whole or refused whole, with a row per package (sender device and
 * user, changes new, already held, in conflict, or why it was refused). A package from a device not accepted yet
 * asks an administrator, with the device's name, id, fingerprint and user, whether to accept it; the work runs off
 * the JavaFX thread with progress and can be cancelled (nothing of a cancelled package is kept).
 */
public final class ExchangeViewModel {
    /** Where to put a package, and which packages to read: seams for tests (the view uses file choosers). */
    public interface Files {
        Optional<Path> folderToWriteTo();

        List<Path> packagesToRead();

        Optional<Path> folderToRead();
    }

    /** One package read: what came of it. */
    public record Row(String file, String device, String user, Result result, Integer fresh, Integer known,
                      Integer conflicts, String note) {
    }

    public enum Result { APPLIED, REFUSED, WAITING }

    private final SyncService sync;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final BooleanSupplier administrator;
    private final Files files;
    private final Runnable dataChanged;

    // ---- state (read-only to the view) ----
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper self = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final Deque<Path> queue = new ArrayDeque<>();
    private SyncRun current;
    private int applied;
    private int refused;
    private int waiting;

    public ExchangeViewModel(SyncService sync, Messages messages, TaskRunner tasks, DialogService dialogs,
                             Supplier<Actor> actor, BooleanSupplier administrator, Files files, Runnable dataChanged) {
        this.sync = sync;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.administrator = administrator;
        this.files = files;
        this.dataChanged = dataChanged;
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
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

    /** The package written last (for "open folder"). */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** "This device: name (id) — fingerprint xxxx …": what the office reads out to a new laptop. */
    public ReadOnlyStringProperty selfProperty() {
        if (self.get().isEmpty()) {
            showSelf(sync.self());
        }
        return self.getReadOnlyProperty();
    }

    private void showSelf(id.sinergi.infoharga.domain.DeviceIdentity me) {
        self.set(messages.get("sync.self", me.name(), me.id(), me.fingerprint()));
    }

    /** Names this device (the office tells its laptops apart by name; the next package carries it). */
    public void rename() {
        if (busy.get()) {
            return;
        }
        dialogs.askTexts(messages.get("sync.rename.title"), messages.get("sync.rename.label"),
                        List.of(messages.get("sync.devices.col.name")), List.of(sync.self().name()))
                .map(texts -> texts.get(0))
                .ifPresent(name -> tasks.run(p -> sync.rename(actor.get(), name), me -> {
                    showSelf(me);
                    say(messages.get("sync.rename.done", me.name(), me.id(), me.fingerprint()), false);
                }, e -> say(text(e), true)));
    }

    // ---- commands ----

    /** Kirim data: asks for a folder, then writes everything the office has not confirmed there. */
    public void send() {
        if (busy.get()) {
            return;
        }
        Optional<Path> folder = files.folderToWriteTo();
        if (folder.isEmpty()) {
            return;
        }
        // The package's name is made here from the folder: a file of that name (sent earlier today) is replaced
        // only when the person says so.
        Path file = folder.get().resolve(sync.suggestedName(actor.get()));
        boolean replace = java.nio.file.Files.exists(file);
        if (replace && dialogs.choose(messages.get("sync.tab.exchange"), messages.get("trust.output.replace", file),
                List.of(messages.get("trust.output.replaceYes"), messages.get("trust.output.replaceNo"))) != 0) {
            return;
        }
        SyncRun run = start();
        run.handle = tasks.run(p -> sync.export(actor.get(), file, null, false, replace, run.progress(p)),
                (fraction, text) -> progressed(run, fraction, text),
                (ExportResult r) -> {
                    if (finished(run)) {
                        written.set(r.file());
                        say(messages.get("sync.sent", r.changes(), r.file().toAbsolutePath()), false);
                    }
                }, e -> {
                    if (finished(run)) {
                        say(text(e), !(e instanceof WorkCancelledException));
                    }
                });
    }

    /** Terima data: the packages the user picks. */
    public void receiveFiles() {
        if (!busy.get()) {
            receive(files.packagesToRead());
        }
    }

    /** Terima data: every package in a folder the user picks. */
    public void receiveFolder() {
        if (!busy.get()) {
            files.folderToRead().ifPresent(folder -> {
                try {
                    List<Path> found = sync.packagesIn(List.of(folder));
                    if (found.isEmpty()) {
                        say(messages.get("sync.import.none"), true);
                    }
                    receive(found);
                } catch (UserInputException e) {
                    say(e.getMessage(), true);
                }
            });
        }
    }

    /** Reads the packages one after another; each is applied whole or not at all. */
    public void receive(List<Path> packages) {
        if (busy.get() || packages.isEmpty()) {
            return;
        }
        queue.clear();
        queue.addAll(packages);
        applied = 0;
        refused = 0;
        waiting = 0;
        next();
    }

    private void next() {
        Path file = queue.poll();
        if (file == null) {
            say(messages.get("sync.received", applied, refused, waiting), refused > 0);
            if (applied > 0) {
                dataChanged.run();
            }
            return;
        }
        SyncRun run = start();
        run.handle = tasks.run(p -> sync.receive(actor.get(), file, run.progress(p)),
                (fraction, text) -> progressed(run, fraction, text),
                (ReceiveResult r) -> {
                    if (finished(run)) {
                        applied(file, r);
                        next();
                    }
                }, e -> {
                    if (!finished(run)) {
                        return;
                    }
                    if (e instanceof WorkCancelledException) {
                        queue.clear();
                        say(messages.get("sync.cancelled"), false);
                    } else if (e instanceof DeviceNotAcceptedException waitingFor) {
                        firstSight(file, waitingFor);
                    } else {
                        refused++;
                        SenderInfo s = e instanceof PackageRefusedException r ? r.sender().orElse(null) : null;
                        rows.add(new Row(file.getFileName().toString(), s == null ? "" : s.deviceName(),
                                s == null ? "" : s.user(), Result.REFUSED, null, null, null, text(e)));
                        next();
                    }
                });
    }

    /** A device seen for the first time: an administrator compares its fingerprint and accepts it, or not. */
    private void firstSight(Path file, DeviceNotAcceptedException e) {
        SenderInfo s = e.sender().orElseThrow();
        if (!administrator.getAsBoolean()) {
            waiting++;
            rows.add(new Row(file.getFileName().toString(), s.deviceName(), s.user(), Result.WAITING, null, null,
                    null, messages.get("sync.firstSight.notAdmin", s.deviceName(), s.fingerprint())));
            next();
            return;
        }
        int answer = dialogs.choose(messages.get("sync.firstSight.title"), messages.get("sync.firstSight.question",
                        file.getFileName(), s.deviceName(), s.deviceId(), s.fingerprint(), s.user()),
                List.of(messages.get("sync.firstSight.accept"), messages.get("sync.firstSight.refuse")));
        if (answer != 0) {
            waiting++;
            rows.add(new Row(file.getFileName().toString(), s.deviceName(), s.user(), Result.WAITING, null, null,
                    null, messages.get("sync.status.PENDING")));
            next();
            return;
        }
        SyncRun run = start();
        run.handle = tasks.run(p -> {
                    sync.accept(actor.get(), s.deviceId().toString(), null);
                    return sync.receive(actor.get(), file, run.progress(p));
                }, (fraction, text) -> progressed(run, fraction, text),
                (ReceiveResult r) -> {
                    if (finished(run)) {
                        applied(file, r);
                        next();
                    }
                }, failure -> {
                    if (finished(run)) {
                        refused++;
                        rows.add(new Row(file.getFileName().toString(), s.deviceName(), s.user(), Result.REFUSED,
                                null, null, null, text(failure)));
                        next();
                    }
                });
    }

    private void applied(Path file, ReceiveResult r) {
        applied++;
        rows.add(new Row(file.getFileName().toString(), r.sender().deviceName(), r.sender().user(), Result.APPLIED,
                r.fresh(), r.known(), r.conflicts(), ""));
    }

    /** Stops the package being written or read at its next step; nothing of it is kept. */
    public void cancel() {
        SyncRun run = current;
        if (run != null) {
            run.cancel();
            current = null;
            queue.clear();
            busy.set(false);
            progress.set(0);
            say(messages.get("sync.cancelled"), false);
        }
    }

    // ---- one piece of work at a time ----

    private SyncRun start() {
        SyncRun run = new SyncRun();
        current = run;
        busy.set(true);
        progress.set(-1);
        written.set(null);
        return run;
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

    private void progressed(SyncRun run, double fraction, String text) {
        if (run == current) {
            progress.set(fraction);
            message.set(text);
            failed.set(false);
        }
    }

    private void say(String text, boolean error) {
        message.set(text);
        failed.set(error);
    }

    private String text(Throwable e) {
        if (e instanceof WorkCancelledException) {
            return messages.get("sync.cancelled");
        }
        return e instanceof UserInputException ? e.getMessage() : messages.get("sync.error", ProblemText.forUser(e, messages));
    }
}
