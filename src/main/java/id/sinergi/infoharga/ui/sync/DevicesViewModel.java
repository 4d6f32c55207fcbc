package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.sync.DeviceInfo;
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
 * Perangkat: the devices this folder knows (this one first, then those waiting to be accepted), each with its
 * status, last package, the changes held of it and those it has not confirmed; an administrator accepts a device
 * after comparing its fingerprint, or revokes one.
 */
public final class DevicesViewModel {
    private final SyncService sync;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final BooleanSupplier administrator;

    // ---- state (read-only to the view) ----
    private final ObservableList<DeviceInfo> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);

    public DevicesViewModel(SyncService sync, Messages messages, TaskRunner tasks, DialogService dialogs,
                            Supplier<Actor> actor, BooleanSupplier administrator) {
        this.sync = sync;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.administrator = administrator;
    }

    public ObservableList<DeviceInfo> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** An administrator: accepting and revoking are offered. */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    // ---- commands ----

    public void load() {
        tasks.run(p -> {
            boolean admin = administrator.getAsBoolean();
            return new Loaded(sync.devices(actor.get()), admin);
        }, loaded -> {
            rows.setAll(loaded.devices());
            canDecide.set(loaded.admin());
            if (loaded.devices().size() <= 1) {
                say(messages.get("sync.devices.none"), false);
            }
        }, e -> say(text(e), true));
    }

    private record Loaded(List<DeviceInfo> devices, boolean admin) {
    }

    /** Accepts a device after the administrator confirms its fingerprint. */
    public void accept(DeviceInfo device) {
        if (device == null || !decisionAllowed() || device.status() == DeviceInfo.Status.SELF) {
            return;
        }
        int answer = dialogs.choose(messages.get("sync.devices.accept"), messages.get("sync.devices.accept.question",
                device.name(), device.id(), device.fingerprint()), List.of(messages.get("sync.devices.accept"),
                messages.get("dialog.cancel")));
        if (answer == 0) {
            tasks.run(p -> sync.accept(actor.get(), device.id().toString(), null), d -> {
                say(messages.get("sync.device.accepted", d.name(), d.id(), d.fingerprint(),
                        d.relay() ? messages.get("sync.devices.officeMark") : ""), false);
                load();
            }, e -> say(text(e), true));
        }
    }

    public void revoke(DeviceInfo device) {
        if (device == null || !decisionAllowed() || device.status() == DeviceInfo.Status.SELF) {
            return;
        }
        int answer = dialogs.choose(messages.get("sync.devices.revoke"), messages.get("sync.devices.revoke.question",
                device.name()), List.of(messages.get("sync.devices.revoke"), messages.get("dialog.cancel")));
        if (answer == 0) {
            tasks.run(p -> sync.revoke(actor.get(), device.id().toString()), d -> {
                say(messages.get("sync.device.revoked", d.name(), d.id()), false);
                load();
            }, e -> say(text(e), true));
        }
    }

    private boolean decisionAllowed() {
        if (!canDecide.get()) {
            say(messages.get("sync.devices.adminOnly"), true);
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
