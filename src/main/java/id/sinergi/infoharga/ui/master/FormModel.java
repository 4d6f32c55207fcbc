package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.app.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One tab of the Data Master screen: the table's items, the selected item and an edit form for it. {@link #startNew}
 * empties the form for a new item, {@link #select} fills it from an item, {@link #cancel} puts back what is stored,
 * {@link #save} stores it (through the screen model, in the background), {@link #toggleActive} retires or brings
 * back the selected item where that applies.
 *
 * @param <T> the domain record of a row
 */
public abstract class FormModel<T> {
    protected final MasterDataViewModel screen;
    private final ToIntFunction<T> id;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<T> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final List<Object> baseline = new java.util.ArrayList<>();

    protected FormModel(MasterDataViewModel screen, ToIntFunction<T> id) {
        this.screen = screen;
        this.id = id;
    }

    // ---- state ----

    public ObservableList<T> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The item in the form (null while a new one is typed, or before anything is chosen). */
    public ReadOnlyObjectProperty<T> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while the form holds a new item (after {@link #startNew}). */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** Why the change is made; stored with its audit row (optional). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** Whether this kind has a "retire / bring back" command. */
    public boolean retirable() {
        return false;
    }

    /** Whether a new item can be added to this kind. */
    public boolean addable() {
        return true;
    }

    // ---- commands ----

    public void select(T item) {
        if (item == null) {
            return;
        }
        creating.set(false);
        selected.set(item);
        fill(item);
        keepBaseline();
        reason.set("");
    }

    public void startNew() {
        selected.set(null);
        creating.set(true);
        clear();
        keepBaseline();
        reason.set("");
    }

    /** Puts back the stored values of the selected item (or empties a new one). */
    public void cancel() {
        if (selected.get() != null) {
            fill(selected.get());
        } else {
            clear();
        }
        keepBaseline();
        reason.set("");
    }

    /** Stores the form; a typing mistake is named and nothing is stored. */
    public abstract void save();

    public void toggleActive() {
    }

    // ---- for the kinds ----

    protected Messages messages() {
        return screen.messages();
    }

    protected String reasonText() {
        String r = reason.get();
        return r == null || r.isBlank() ? null : r.strip();
    }

    protected Integer selectedId() {
        return selected.get() == null ? null : id.applyAsInt(selected.get());
    }

    /** After a save: the saved item selected and shown in the form. */
    protected void selectSaved(T saved) {
        items.stream().filter(i -> id.applyAsInt(i) == id.applyAsInt(saved)).findFirst().ifPresent(this::select);
    }

    protected abstract List<T> itemsOf(Snapshot s);

    protected abstract void fill(T item);

    protected abstract void clear();

    /** The form's fields, for telling whether anything was typed that is not stored. */
    protected abstract List<? extends javafx.beans.value.ObservableValue<?>> fields();

    /** Whether the form holds typing that is not stored (a new item counts once anything was typed). */
    public boolean dirty() {
        List<? extends javafx.beans.value.ObservableValue<?>> now = fields();
        for (int i = 0; i < now.size(); i++) {
            if (!java.util.Objects.equals(now.get(i).getValue(), baseline.get(i))) {
                return true;
            }
        }
        return false;
    }

    private void keepBaseline() {
        baseline.clear();
        fields().forEach(f -> baseline.add(f.getValue()));
    }

    /** New data: the list again, the selection kept by id (the form is left as typed while a new one is open). */
    void refresh(Snapshot s) {
        Integer keep = selectedId();
        items.setAll(itemsOf(s));
        Optional<T> again = keep == null ? Optional.empty()
                : items.stream().filter(i -> id.applyAsInt(i) == keep).findFirst();
        if (again.isPresent()) {
            selected.set(again.get());
        } else if (keep != null) {
            selected.set(null);
        }
        if (selected.get() == null && !creating.get() && !items.isEmpty()) {
            select(items.get(0));
        }
    }
}
