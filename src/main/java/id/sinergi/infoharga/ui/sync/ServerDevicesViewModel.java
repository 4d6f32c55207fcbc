package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.server.ServerDeviceInfo;
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
 * Perangkat, the central server's part (administrators, where a server is set): the devices the server knows,
 * those waiting first, with their last sync and the changes they have waiting there; Terima di server accepts one
 * after the administrator compares its fingerprint, and its waiting changes then count for everyone. (Revoking on
 * the server has no use case in the app yet.)
 */
public final class ServerDevicesViewModel {
    private final ServerDevicesPort port;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final BooleanSupplier administrator;
    private final ObservableList<ServerDeviceInfo> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public ServerDevicesViewModel(ServerDevicesPort port, Messages messages, TaskRunner tasks, DialogService dialogs,
                                  Supplier<Actor> actor, BooleanSupplier administrator) {
        this.port = port;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.administrator = administrator;
    }

    public ObservableList<ServerDeviceInfo> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** An administrator, and a server set: the part is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Reads the server's devices (nothing is asked of the server for an officer or without a server). */
    public void load() {
        Actor who = actor.get();
        tasks.run(p -> administrator.getAsBoolean() && port.configured() ? port.devices(who) : null, devices -> {
            shown.set(devices != null);
            rows.setAll(devices == null ? List.of() : devices);
        }, e -> {
            shown.set(true);
            rows.clear();
            say(text(e), true);
        });
    }

    /** Terima di server: after the administrator compares the fingerprint. */
    public void accept(ServerDeviceInfo device) {
        if (device == null || device.status() == ServerDeviceInfo.Status.ACCEPTED || device.self()) {
            return;
        }
        int answer = dialogs.choose(messages.get("sync.server.devices.accept"), messages.get(
                        "sync.server.devices.accept.question", device.name(), device.id(), device.fingerprint(),
                        device.waiting()), List.of(messages.get("sync.server.devices.accept"),
                messages.get("dialog.cancel")));
        if (answer != 0) {
            return;
        }
        Actor who = actor.get();
        tasks.run(p -> port.accept(who, device.id()), accepted -> {
            say(messages.get("sync.server.devices.accepted", accepted.map(ServerDeviceInfo::name)
                    .orElse(device.name())), false);
            load();
        }, e -> say(text(e), true));
    }

    private void say(String text, boolean error) {
        message.set(text);
        failed.set(error);
    }

    private String text(Throwable e) {
        return e instanceof UserInputException ? e.getMessage() : messages.get("sync.error", e.getMessage());
    }
}
