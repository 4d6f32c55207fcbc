package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutletStock;
import id.sinergi.infoharga.app.StockService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The WULANDARI stock entry form of one outlet and day: per commodity receipt (with source), sale (quantity and
 * the outlet's price) and closing count; a save records them through {@link StockService#record} and shows the
 * resulting stock and days of cover beside the market price. Numbers are typed the Indonesian way ("12,5",
 * "1.000"); a wrong one is named and nothing is saved.
 */
public final class StockEntryViewModel {
    private final StockService service;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<Actor> actor;
    private final DialogService dialogs;
    private final Function<LocalDate, String> dayText;

    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outlet> outlet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StockEntryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StockEntryRow> shownRows = FXCollections.observableArrayList();
    // One read-only view, kept: a view made per call listens to the list only weakly and may vanish with its listeners.
    private final ObservableList<StockEntryRow> shownRowsView = FXCollections.unmodifiableObservableList(shownRows);
    private final BooleanProperty allCommodities = new SimpleBooleanProperty(false);
    /** The commodities the outlet has ever moved: an outlet carries a handful of the 35, not all of them. */
    private Set<Integer> carried = Set.of();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StockEntryViewModel(StockService service, Catalog catalog, Messages messages, TaskRunner tasks,
                               Supplier<Actor> actor, DialogService dialogs, Function<LocalDate, String> dayText) {
        this.dialogs = dialogs;
        this.dayText = dayText;
        this.service = service;
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
        outlets.setAll(catalog.outlets().stream().filter(Outlet::active).toList());
        for (Commodity c : catalog.commodities()) {
            if (c.active()) {
                rows.add(new StockEntryRow(c));
            }
        }
        shownRows.setAll(rows);
        allCommodities.addListener((o, a, b) -> updateShownRows());
    }

    /**
     * The rows on the form: the commodities the outlet carries (has any movement of) and any with something typed,
     * or all of them when asked for or when the outlet has no history yet.
     */
    public ObservableList<StockEntryRow> shownRows() {
        return shownRowsView;
    }

    public BooleanProperty allCommoditiesProperty() {
        return allCommodities;
    }

    private void updateShownRows() {
        List<StockEntryRow> wanted = rows.stream().filter(r -> allCommodities.get() || carried.isEmpty()
                || carried.contains(r.commodity().id()) || r.hasInput()).toList();
        if (!wanted.equals(shownRows)) {
            shownRows.setAll(wanted);
        }
    }

    /** Offers only these outlets (an officer's assigned ones): stock of the others could not be saved. */
    public void limitOutletsTo(java.util.Collection<Integer> outletIds) {
        outlets.removeIf(o -> !outletIds.contains(o.id()));
    }

    public ObservableList<Outlet> outlets() {
        return FXCollections.unmodifiableObservableList(outlets);
    }

    public ObservableList<StockEntryRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<Outlet> outletProperty() {
        return outlet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Opens the first outlet on {@code today}, or says why there is none. */
    public void start(LocalDate today) {
        if (outlets.isEmpty()) {
            message.set(messages.get("stockentry.noOutlets"));
        } else {
            show(outlets.get(0), today);
        }
    }

    /** Opens the form for an outlet and day and shows what the outlet holds at the end of it. */
    public void show(Outlet o, LocalDate d) {
        outlet.set(o);
        day.set(d);
        rows.forEach(StockEntryRow::clearInput);
        busy.set(true);
        tasks.run(p -> service.stockAt(o.id(), d), s -> {
            busy.set(false);
            showFigures(s);
            message.set("");
        }, this::failed);
    }

    /** Opens another outlet or day, asking first when something typed is not saved; {@code refused} if kept. */
    public void requestShow(Outlet o, LocalDate d, Runnable refused) {
        if (o == null || d == null || (o.equals(outlet.get()) && d.equals(day.get()))) {
            return;
        }
        whenSafeToLeave(() -> show(o, d), refused);
    }

    /** Something typed on the form is not saved yet. */
    public boolean hasUnsaved() {
        return rows.stream().anyMatch(StockEntryRow::hasInput);
    }

    /**
     * Runs {@code proceed} once nothing typed would be lost: at once when nothing is, otherwise after the officer
     * chose to save (and the save succeeded) or to discard; {@code refused} when they cancel or the save failed.
     */
    public void whenSafeToLeave(Runnable proceed, Runnable refused) {
        if (!hasUnsaved() || outlet.get() == null) {
            proceed.run();
            return;
        }
        int answer = dialogs.choose(messages.get("entry.unsaved.title"),
                messages.get("stockentry.unsaved.question", outlet.get().name(), dayText.apply(day.get())),
                List.of(messages.get("entry.unsaved.save"), messages.get("entry.unsaved.discard"),
                        messages.get("entry.unsaved.cancel")));
        switch (answer) {
            case 0 -> save(proceed, refused);
            case 1 -> {
                rows.forEach(StockEntryRow::clearInput);
                proceed.run();
            }
            default -> refused.run();
        }
    }

    /** Records what was typed; on any wrong number nothing is saved and the message names it. */
    public void save() {
        save(() -> { }, () -> { });
    }

    private void save(Runnable afterSave, Runnable failed) {
        Outlet o = outlet.get();
        LocalDate d = day.get();
        if (o == null || d == null) {
            message.set(messages.get("stockentry.chooseOutlet"));
            failed.run();
            return;
        }
        List<StockDayEntry.Line> lines = new ArrayList<>();
        for (StockEntryRow row : rows) {
            String name = row.commodity().displayName();
            try {
                StockDayEntry.Line line = new StockDayEntry.Line(row.commodity().id(),
                        quantity(row.receiptProperty().get()), blankToNull(row.sourceProperty().get()),
                        quantity(row.saleQuantityProperty().get()), price(row.salePriceProperty().get()),
                        quantity(row.countProperty().get()));
                if (!line.isEmpty() || line.salePriceRp() != null) {
                    lines.add(line);
                }
            } catch (NumberFormatException e) {
                message.set(messages.get("stockentry.error.number", name, e.getMessage()));
                failed.run();
                return;
            }
        }
        StockDayEntry entry = new StockDayEntry(o.id(), d, lines);
        Actor who = actor.get();
        busy.set(true);
        record Saved(int movements, OutletStock stock) {
        }
        tasks.run(p -> new Saved(service.record(who, entry).movements().size(), service.stockAt(o.id(), d)),
                saved -> {
                    busy.set(false);
                    rows.forEach(StockEntryRow::clearInput);
                    showFigures(saved.stock());
                    message.set(messages.get("stockentry.saved", saved.movements()));
                    afterSave.run();
                }, e -> {
                    failed(e);
                    failed.run();
                });
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(ProblemText.forUser(error, messages));
    }

    private void showFigures(OutletStock stock) {
        carried = stock.lines().stream().map(l -> l.commodity().id()).collect(java.util.stream.Collectors.toSet());
        updateShownRows();
        for (StockEntryRow row : rows) {
            OutletStock.Line line = stock.lines().stream()
                    .filter(l -> l.commodity().id() == row.commodity().id()).findFirst().orElse(null);
            if (line == null) {
                row.showFigures("", "", "", "");
                continue;
            }
            Double cover = line.cover().daysOfCover();
            row.showFigures(line.cover().onHand().stripTrailingZeros().toPlainString().replace('.', ',')
                            + " " + row.commodity().unit(),
                    cover == null ? "\u2013" : String.format(Locale.forLanguageTag("id-ID"), "%.1f", cover),
                    line.outletPriceRp() == null ? "" : PriceText.rupiah(line.outletPriceRp()),
                    line.regencyPriceRp() == null ? "" : PriceText.rupiah(Math.round(line.regencyPriceRp())));
        }
    }

    /** "12,5" or "1.000" (Indonesian) → 12.5 or 1000; blank → null. */
    static BigDecimal quantity(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?[0-9.]*(,[0-9]+)?") || !t.matches(".*[0-9].*")) {
            throw new NumberFormatException(text.strip());
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    private static Long price(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OptionalLong p = PriceText.parse(text);
        if (p.isEmpty()) {
            throw new NumberFormatException(text.strip());
        }
        return p.getAsLong();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
