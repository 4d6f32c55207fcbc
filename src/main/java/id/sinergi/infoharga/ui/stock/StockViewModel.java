package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.DashboardService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutletStock;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Outlet;
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
import java.util.function.Supplier;

/**
 * One WULANDARI outlet's stock on a day, from {@link DashboardService#outletStock}: per commodity the stock, mean
 * daily outflow, days of cover with level, outlet against regency price, and the selected line's 30-day stock.
 */
public final class StockViewModel {
    private final DashboardService service;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;

    // ---- state (read-only to the view) ----
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outlet> outlet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutletStock> stock = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OutletStock.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OutletStock.Line> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StockViewModel(DashboardService service, Catalog catalog, Messages messages, TaskRunner tasks,
                          Supplier<LocalDate> today) {
        this.service = service;
        this.messages = messages;
        this.tasks = tasks;
        this.today = today;
        outlets.setAll(catalog.outlets().stream().filter(Outlet::active).toList());
    }

    public ObservableList<Outlet> outlets() {
        return FXCollections.unmodifiableObservableList(outlets);
    }

    public ReadOnlyObjectProperty<Outlet> outletProperty() {
        return outlet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** The service's answer for the outlet and day shown. */
    public ReadOnlyObjectProperty<OutletStock> stockProperty() {
        return stock.getReadOnlyProperty();
    }

    public ObservableList<OutletStock.Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The line whose 30-day stock is charted. */
    public ReadOnlyObjectProperty<OutletStock.Line> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----

    public void show(Outlet o, LocalDate d) {
        outlet.set(o);
        day.set(d == null ? today.get() : d);
        refresh();
    }

    public void select(OutletStock.Line line) {
        selected.set(line);
    }

    public void refresh() {
        Outlet o = outlet.get() == null && !outlets.isEmpty() ? outlets.get(0) : outlet.get();
        if (o == null) {
            message.set(messages.get("stock.noOutlet"));
            return;
        }
        outlet.set(o);
        LocalDate d = day.get() == null ? today.get() : day.get();
        day.set(d);
        busy.set(true);
        message.set(messages.get("stock.loading"));
        int previous = selected.get() == null ? -1 : selected.get().commodity().id();
        tasks.run(p -> service.outletStock(o.id(), d), s -> {
            busy.set(false);
            stock.set(s);
            lines.setAll(s.lines());
            selected.set(s.lines().stream().filter(l -> l.commodity().id() == previous).findFirst()
                    .orElse(s.lines().isEmpty() ? null : s.lines().get(0)));
            message.set(s.lines().isEmpty() ? messages.get("stock.none") : "");
        }, error -> {
            busy.set(false);
            message.set(messages.get("stock.loadFailed", ProblemText.forUser(error, messages)));
        });
    }
}
