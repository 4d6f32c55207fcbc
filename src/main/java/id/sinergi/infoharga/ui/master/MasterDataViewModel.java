package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Data Master screen: one form model per kind of master data (markets, commodities, reference prices, group
 * weights, WULANDARI outlets) over one {@link Snapshot} read through {@link MasterDataService}. Saves run in the
 * background; after each one the snapshot is read again, the message says what happened, and {@code changed} tells
 * the shell that other screens must read the master data again. An account that is not an administrator sees
 * everything read-only ({@link #canEditProperty()} false).
 */
public final class MasterDataViewModel {
    private final MasterDataService service;
    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final Supplier<Actor> actor;
    private final Runnable changed;

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    /** What a leave that asked to save does once the save is done (or refused). */
    private Runnable afterSave;
    private Runnable afterFailure;

    private final MarketsModel markets;
    private final CommoditiesModel commodities;
    private final ReferencePricesModel references;
    private final GroupsModel groups;
    private final OutletsModel outlets;

    public MasterDataViewModel(MasterDataService service, Messages messages, Formats formats, TaskRunner tasks,
                               Supplier<Actor> actor, Runnable changed) {
        this.service = service;
        this.messages = messages;
        this.formats = formats;
        this.tasks = tasks;
        this.actor = actor;
        this.changed = changed;
        this.markets = new MarketsModel(this);
        this.commodities = new CommoditiesModel(this);
        this.references = new ReferencePricesModel(this);
        this.groups = new GroupsModel(this);
        this.outlets = new OutletsModel(this);
    }

    // ---- state ----

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last action did, or why it was refused (then {@link #errorProperty()} is true). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public MarketsModel markets() {
        return markets;
    }

    public CommoditiesModel commodities() {
        return commodities;
    }

    public ReferencePricesModel references() {
        return references;
    }

    public GroupsModel groups() {
        return groups;
    }

    public OutletsModel outlets() {
        return outlets;
    }

    Messages messages() {
        return messages;
    }

    Formats formats() {
        return formats;
    }

    MasterDataService service() {
        return service;
    }

    Actor actor() {
        return actor.get();
    }

    /** Whether any tab's form holds typing that is not stored. */
    public boolean unsaved() {
        return canEdit.get() && forms().stream().anyMatch(FormModel::dirty);
    }

    /**
     * Before the screen is left: with typing that is not stored, asks whether to save it (then leaves once it is
     * saved), throw it away, or stay.
     */
    public void whenSafeToLeave(DialogService dialogs, Runnable proceed, Runnable refused) {
        if (!unsaved()) {
            proceed.run();
            return;
        }
        int answer = dialogs.choose(messages.get("master.title"), messages.get("master.unsaved"),
                List.of(messages.get("master.unsaved.save"), messages.get("master.unsaved.discard"),
                        messages.get("master.unsaved.stay")));
        switch (answer) {
            case 0 -> {
                FormModel<?> form = forms().stream().filter(FormModel::dirty).findFirst().orElseThrow();
                afterSave = () -> whenSafeToLeave(dialogs, proceed, refused);
                afterFailure = refused;
                form.save();
                if (afterSave != null && !busy.get()) {
                    // Refused before anything was sent (a typing mistake): the message says why.
                    afterSave = null;
                    afterFailure = null;
                    refused.run();
                }
            }
            case 1 -> {
                forms().forEach(FormModel::cancel);
                proceed.run();
            }
            default -> refused.run();
        }
    }

    private List<FormModel<?>> forms() {
        return List.of(markets, commodities, references, groups, outlets);
    }

    // ---- commands ----

    /** Reads the master data (and whether this account may change it). */
    public void load() {
        busy.set(true);
        tasks.run(p -> service.snapshot(actor.get()), s -> {
            busy.set(false);
            show(s);
        }, this::failed);
    }

    /** Shows a message that is not the answer of a save (a typing mistake found before saving). */
    void refuse(String text) {
        error.set(true);
        message.set(text);
    }

    /**
     * Runs a change in the background; on success reads everything again, tells the shell and shows
     * {@code done} (given what the change returned), on failure shows why. Nothing happens for a non-administrator.
     */
    <T> void change(TaskRunner.Work<T> work, java.util.function.Function<T, String> done,
                    java.util.function.Consumer<T> after) {
        if (!canEdit.get()) {
            refuse(messages.get("master.readOnly"));
            return;
        }
        busy.set(true);
        record Result<T>(T value, Snapshot snapshot) {
        }
        tasks.run(p -> {
            T value = work.run(p);
            return new Result<>(value, service.snapshot(actor.get()));
        }, r -> {
            busy.set(false);
            show(r.snapshot());
            after.accept(r.value());
            error.set(false);
            message.set(done.apply(r.value()));
            changed.run();
            Runnable next = afterSave;
            afterSave = null;
            afterFailure = null;
            if (next != null) {
                next.run();
            }
        }, this::failed);
    }

    private void show(Snapshot s) {
        canEdit.set(s.canEdit());
        for (FormModel<?> form : forms()) {
            form.refresh(s);
        }
        snapshot.set(s);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(true);
        message.set(ProblemText.forUser(e, messages));
        Runnable stay = afterFailure;
        afterSave = null;
        afterFailure = null;
        if (stay != null) {
            stay.run();
        }
    }
}
