package id.sinergi.infoharga.ui.alerts;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.AcknowledgementService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The alerts of one day from {@link AlertService#alerts}, most severe first, with their acknowledgements;
 * filters by level, kind and whether acknowledged; acknowledging one with a note.
 */
public final class AlertsViewModel {
    private final AlertService alerts;
    private final AcknowledgementService acknowledgements;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<Actor> actor;
    private final Supplier<LocalDate> today;

    // ---- state (read-only to the view) ----
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AlertRow> allRows = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AlertLevel> levelFilter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AlertKind> kindFilter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper openOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AlertsViewModel(AlertService alerts, AcknowledgementService acknowledgements, Messages messages,
                           TaskRunner tasks, Supplier<Actor> actor, Supplier<LocalDate> today) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
        this.today = today;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** The day's alerts after the filters, in the service's order (most severe first). */
    public ObservableList<AlertRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Every alert of the day, unfiltered. */
    public ObservableList<AlertRow> allRows() {
        return FXCollections.unmodifiableObservableList(allRows);
    }

    public ReadOnlyObjectProperty<AlertLevel> levelFilterProperty() {
        return levelFilter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertKind> kindFilterProperty() {
        return kindFilter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openOnlyProperty() {
        return openOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----

    public void showDay(LocalDate d) {
        day.set(d == null ? today.get() : d);
        refresh();
    }

    public void refresh() {
        LocalDate d = day.get() == null ? today.get() : day.get();
        day.set(d);
        busy.set(true);
        message.set(messages.get("alerts.loading"));
        tasks.run(p -> new Loaded(alerts.alerts(d), acknowledgements.onDay(d)), this::loaded, error -> {
            busy.set(false);
            message.set(messages.get("alerts.loadFailed", ProblemText.forUser(error, messages)));
        });
    }

    public void filterLevel(AlertLevel l) {
        levelFilter.set(l);
        applyFilters();
    }

    public void filterKind(AlertKind k) {
        kindFilter.set(k);
        applyFilters();
    }

    public void showOpenOnly(boolean only) {
        openOnly.set(only);
        applyFilters();
    }

    /**
     * Acknowledges {@code row}'s alert with {@code note}; the list is read again when it is stored. A bad note
     * leaves everything as it was and says why in {@link #messageProperty()}.
     */
    public void acknowledge(AlertRow row, String note) {
        LocalDate d = day.get();
        Alert a = row.alert();
        busy.set(true);
        tasks.run(p -> acknowledgements.acknowledge(actor.get(), d, AlertAcknowledgement.keyOf(a), a.level(), note),
                ack -> {
                    busy.set(false);
                    refresh();
                    message.set(messages.get("alerts.ack.saved"));
                }, error -> {
                    busy.set(false);
                    message.set(error instanceof UserInputException ? error.getMessage()
                            : messages.get("alerts.ack.failed", ProblemText.forUser(error, messages)));
                });
    }

    private record Loaded(List<Alert> alerts, Map<String, AlertAcknowledgement> acks) {
    }

    private void loaded(Loaded l) {
        busy.set(false);
        allRows.setAll(l.alerts().stream().map(a -> new AlertRow(a, l.acks().get(AlertAcknowledgement.keyOf(a))))
                .toList());
        applyFilters();
        message.set(allRows.isEmpty() ? messages.get("alerts.none") : "");
    }

    private void applyFilters() {
        AlertLevel l = levelFilter.get();
        AlertKind k = kindFilter.get();
        rows.setAll(allRows.stream().filter(r -> l == null || r.alert().level() == l)
                .filter(r -> k == null || r.alert().kind() == k)
                .filter(r -> !openOnly.get() || !r.acknowledged()).toList());
    }
}
