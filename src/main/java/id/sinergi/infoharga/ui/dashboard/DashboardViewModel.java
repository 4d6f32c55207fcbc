package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.AcknowledgementService;
import id.sinergi.infoharga.app.Dashboard;
import id.sinergi.infoharga.app.DashboardService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The economic division's dashboard of one day: the {@link Dashboard} of {@link DashboardService} as it is, the
 * commodity table filtered by group and level, and the new Siaga/Awas alerts of today to announce once.
 */
public final class DashboardViewModel {
    private final DashboardService service;
    private final AcknowledgementService acknowledgements;
    private final Catalog catalog;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Set<String> announced = new HashSet<>();

    // ---- state (read-only to the view) ----
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DashboardRow> allRows = FXCollections.observableArrayList();
    private final ObservableList<DashboardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CommodityGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Market> markets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CommodityGroup> groupFilter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AlertLevel> levelFilter = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Alert> notices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private TaskRunner.Handle loading;

    public DashboardViewModel(DashboardService service, AcknowledgementService acknowledgements, Catalog catalog,
                              Messages messages, TaskRunner tasks, Supplier<LocalDate> today) {
        this.service = service;
        this.acknowledgements = acknowledgements;
        this.catalog = catalog;
        this.messages = messages;
        this.tasks = tasks;
        this.today = today;
        groups.setAll(catalog.groups().stream().filter(g -> catalog.activeCommodities().stream()
                .anyMatch(c -> c.groupId() == g.id())).toList());
        markets.setAll(catalog.activeMarkets());
    }

    /** The active markets: the columns of the market × commodity table. */
    public ObservableList<Market> markets() {
        return FXCollections.unmodifiableObservableList(markets);
    }

    /** A market's price of the row's commodity on the day shown, set against reference and regency; null if none. */
    public MarketPrice marketPrice(DashboardRow row, int marketId) {
        return MarketPrice.of(row.commodity(), marketId);
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** The service's dashboard of the day shown (null before the first load). */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** The commodity table after the group and level filters, in catalog order (the view sorts). */
    public ObservableList<DashboardRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The groups that have active commodities, for the group filter. */
    public ObservableList<CommodityGroup> groups() {
        return FXCollections.unmodifiableObservableList(groups);
    }

    public ReadOnlyObjectProperty<CommodityGroup> groupFilterProperty() {
        return groupFilter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertLevel> levelFilterProperty() {
        return levelFilter.getReadOnlyProperty();
    }

    /**
     * Siaga and Awas alerts of today that nobody has acknowledged and that were not announced before in this
     * session; the view shows them and then calls {@link #noticesShown()}.
     */
    public ObservableList<Alert> notices() {
        return FXCollections.unmodifiableObservableList(notices);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** An outlet of the catalog, for naming it. */
    public id.sinergi.infoharga.domain.Outlet outletOf(int outletId) {
        return catalog.outlet(outletId);
    }

    public String commodityName(int commodityId) {
        var c = catalog.commodity(commodityId);
        return c == null ? String.valueOf(commodityId) : c.displayName();
    }

    // ---- commands ----

    /** Shows the dashboard of {@code d} (today when null). */
    public void showDay(LocalDate d) {
        day.set(d == null ? today.get() : d);
        refresh();
    }

    /**
     * Today's dashboard, or, before any market has reported today (an analyst's morning), the last day with prices,
     * saying so: an empty table with "pick another day" is no start.
     */
    public void showLatest() {
        day.set(today.get());
        load(true);
    }

    public void refresh() {
        load(false);
    }

    private void load(boolean orLastDayWithPrices) {
        LocalDate d = day.get() == null ? today.get() : day.get();
        day.set(d);
        if (loading != null) {
            loading.cancel();
        }
        busy.set(true);
        message.set(messages.get("dashboard.loading"));
        loading = tasks.run(p -> {
            Dashboard shown = service.dashboard(d);
            if (orLastDayWithPrices && shown.day().commodities().isEmpty()) {
                java.util.Optional<LocalDate> last = service.lastDayWithPrices(d);
                if (last.isPresent()) {
                    shown = service.dashboard(last.get());
                }
            }
            return new Loaded(shown, acknowledgements.onDay(shown.date()), d);
        }, this::loaded,
                error -> {
                    busy.set(false);
                    message.set(messages.get("dashboard.loadFailed", ProblemText.forUser(error, messages)));
                });
    }

    public void filterGroup(CommodityGroup g) {
        groupFilter.set(g);
        applyFilters();
    }

    public void filterLevel(AlertLevel l) {
        levelFilter.set(l);
        applyFilters();
    }

    public void noticesShown() {
        for (Alert a : notices) {
            announced.add(AlertAcknowledgement.keyOf(a) + "@" + a.level());
        }
        notices.clear();
    }

    /** A loaded dashboard, and the day that was asked for (the day shown may be an earlier one). */
    private record Loaded(Dashboard dashboard, Map<String, AlertAcknowledgement> acks, LocalDate requested) {
    }

    private void loaded(Loaded l) {
        busy.set(false);
        Dashboard d = l.dashboard();
        day.set(d.date());
        dashboard.set(d);
        List<DashboardRow> list = new ArrayList<>();
        for (CommodityDay c : d.day().commodities()) {
            list.add(new DashboardRow(c, catalog.group(c.groupId()), d.levelByCommodity().get(c.commodityId()),
                    d.alpsOf(c.commodityId()).orElse(null)));
        }
        allRows.setAll(list);
        applyFilters();
        message.set(list.isEmpty() ? messages.get("dashboard.noData")
                : !d.date().equals(l.requested()) ? messages.get("dashboard.latestDay") : "");
        if (d.date().equals(today.get())) {
            // Announced per alert and level: an alert that climbs from Siaga to Awas is news again.
            notices.setAll(d.alerts().stream().filter(a -> a.level().atLeast(AlertLevel.SIAGA))
                    .filter(a -> !l.acks().containsKey(AlertAcknowledgement.keyOf(a)))
                    .filter(a -> !announced.contains(AlertAcknowledgement.keyOf(a) + "@" + a.level())).toList());
        }
    }

    private void applyFilters() {
        CommodityGroup g = groupFilter.get();
        AlertLevel l = levelFilter.get();
        rows.setAll(allRows.stream().filter(r -> g == null || r.group() != null && r.group().id() == g.id())
                .filter(r -> l == null || r.level() == l).toList());
    }
}
