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
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.StockMovement;
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
import java.util.Optional;
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
    private final ObservableList<DayMovement> dayMovements = FXCollections.observableArrayList();
    private final ObservableList<DayMovement> dayMovementsView = FXCollections.unmodifiableObservableList(dayMovements);
    /** The row and field the cursor should go to (a problem found on saving, or an edit), or null. */
    private final ReadOnlyObjectWrapper<StockEntryRow> focusRow = new ReadOnlyObjectWrapper<>();
    private StockEntryRow.Field focusField;

    /**
     * One saved movement of the open outlet and day, as the list under the form shows it: "Diterima 50 kg dari
     * Bulog", who and when, and whether it was reversed (or is itself a reversal).
     */
    public record DayMovement(StockMovement movement, String commodity, String kind, String amount, String time,
                              String officer, boolean reversed) {
        public boolean canChange() {
            return !reversed && !movement.isReversal();
        }
    }

    public StockEntryViewModel(StockService service, Catalog catalog, Messages messages, TaskRunner tasks,
                               Supplier<Actor> actor, DialogService dialogs, Function<LocalDate, String> dayText) {
        this(service, catalog, messages, tasks, actor, dialogs, dayText, java.time.ZoneId.systemDefault());
    }

    public StockEntryViewModel(StockService service, Catalog catalog, Messages messages, TaskRunner tasks,
                               Supplier<Actor> actor, DialogService dialogs, Function<LocalDate, String> dayText,
                               java.time.ZoneId zone) {
        this.zone = zone;
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
        // Stock on hand and days of cover follow what is typed, before anything is saved.
        for (StockEntryRow row : rows) {
            for (StockEntryRow.Field f : StockEntryRow.Field.values()) {
                row.property(f).addListener((o, a, b) -> {
                    if (row.errorFieldProperty().get() == f) {
                        row.clearError();
                    }
                    project(row);
                });
            }
        }
    }

    /** The saved movements of the open outlet and day, oldest first; refreshed after each save and reversal. */
    public ObservableList<DayMovement> dayMovements() {
        return dayMovementsView;
    }

    /** The row the cursor should go to (a field with a problem, or an edited movement); null when none. */
    public ReadOnlyObjectProperty<StockEntryRow> focusRowProperty() {
        return focusRow.getReadOnlyProperty();
    }

    public StockEntryRow.Field focusField() {
        return focusField;
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
        tasks.run(p -> new Loaded(service.stockAt(o.id(), d), service.dayMovements(o.id(), d)), loaded -> {
            busy.set(false);
            showFigures(loaded.stock());
            showMovements(loaded.movements());
            message.set("");
        }, this::failed);
    }

    private record Loaded(OutletStock stock, List<StockMovement> movements) {
    }

    /**
     * Takes a saved movement back (after a confirmation) through a correcting movement; what is typed on the form
     * stays.
     */
    public void reverse(DayMovement m) {
        if (m == null || !m.canChange() || busy.get()) {
            return;
        }
        int answer = dialogs.choose(messages.get("stockentry.reverse.title"),
                messages.get("stockentry.reverse.question", m.commodity(), m.kind(), m.amount(), m.time()),
                List.of(messages.get("stockentry.reverse.yes"), messages.get("entry.unsaved.cancel")));
        if (answer != 0) {
            return;
        }
        Outlet o = outlet.get();
        LocalDate d = day.get();
        Actor who = actor.get();
        busy.set(true);
        tasks.run(p -> {
            service.reverse(who, m.movement().id());
            return new Loaded(service.stockAt(o.id(), d), service.dayMovements(o.id(), d));
        }, loaded -> {
            busy.set(false);
            showFigures(loaded.stock());
            showMovements(loaded.movements());
            message.set(messages.get("stockentry.reversed", m.commodity(), m.kind(), m.amount()));
        }, this::failed);
    }

    /**
     * Puts a saved movement's values back into its commodity's fields; saving then reverses the old movement and
     * records the corrected one in one go.
     */
    public void edit(DayMovement m) {
        if (m == null || !m.canChange()) {
            return;
        }
        StockMovement mv = m.movement();
        StockEntryRow row = rows.stream().filter(r -> r.commodity().id() == mv.commodityId()).findFirst()
                .orElse(null);
        if (row == null) {
            return;
        }
        if (row.replacing().contains(mv.id())) {
            return;
        }
        StockEntryRow.Field field = switch (mv.kind()) {
            case RECEIPT -> StockEntryRow.Field.RECEIPT;
            case SALE -> StockEntryRow.Field.SALE_QUANTITY;
            case COUNT, ADJUSTMENT -> StockEntryRow.Field.COUNT;
        };
        if (!row.property(field).get().isBlank()) {
            message.set(messages.get("stockentry.edit.busy", m.commodity()));
            return;
        }
        row.replacing().add(mv.id());
        row.property(field).set(quantityText(mv.quantity()));
        if (mv.kind() == MovementKind.RECEIPT && mv.source() != null) {
            row.sourceProperty().set(mv.source());
        }
        if (mv.kind() == MovementKind.SALE && mv.unitPriceRp() != null) {
            row.salePriceProperty().set(PriceText.group(mv.unitPriceRp()));
        }
        updateShownRows();
        message.set(messages.get("stockentry.edit.hint", m.commodity()));
        focusAt(row, field);
    }

    private void focusAt(StockEntryRow row, StockEntryRow.Field field) {
        focusField = field;
        focusRow.set(null);
        focusRow.set(row);
    }

    private void showMovements(List<StockMovement> movements) {
        java.util.Set<java.util.UUID> reversed = new java.util.HashSet<>();
        movements.stream().filter(StockMovement::isReversal).forEach(m -> reversed.add(m.reverses()));
        // The order the stock is replayed in (StockSeries: time, then the id as Java compares it; H2 orders UUIDs
        // differently), so a save's receipt comes before its sale and its count.
        movements = movements.stream().sorted(java.util.Comparator.comparing(StockMovement::recordedAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(StockMovement::id)).toList();
        List<DayMovement> items = new ArrayList<>();
        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        for (StockMovement m : movements) {
            StockEntryRow row = rows.stream().filter(r -> r.commodity().id() == m.commodityId()).findFirst()
                    .orElse(null);
            String name = row == null ? String.valueOf(m.commodityId()) : row.commodity().displayName();
            String unit = row == null ? "" : " " + row.commodity().unit();
            String amount;
            if (m.isReversal()) {
                DayMovement target = items.stream().filter(i -> i.movement().id().equals(m.reverses())).findFirst()
                        .orElse(null);
                amount = target == null ? "" : target.kind() + " " + target.amount();
            } else {
                amount = quantityText(m.quantity()) + unit;
                if (m.kind() == MovementKind.SALE && m.unitPriceRp() != null) {
                    amount += " @ " + PriceText.rupiah(m.unitPriceRp());
                }
                if (m.kind() == MovementKind.RECEIPT && m.source() != null) {
                    amount += " " + messages.get("stockentry.movement.from", m.source());
                }
            }
            String kind = messages.get(m.isReversal() ? "stockentry.movement.REVERSAL"
                    : "stockentry.movement." + m.kind().name());
            items.add(new DayMovement(m, name, kind, amount,
                    m.recordedAt() == null ? "" : hm.format(m.recordedAt().atZone(zone)), m.officer(),
                    reversed.contains(m.id())));
        }
        dayMovements.setAll(items);
    }

    static String quantityText(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString().replace('.', ',');
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
        List<java.util.UUID> replacing = new ArrayList<>();
        rows.forEach(StockEntryRow::clearError);
        for (StockEntryRow row : rows) {
            Optional<StockDayEntry.Line> line = check(row);
            if (row.errorFieldProperty().get() != null) {
                // The problem sits next to its field and the cursor goes there; nothing is saved.
                message.set(row.errorProperty().get());
                updateShownRows();
                focusAt(row, row.errorFieldProperty().get());
                failed.run();
                return;
            }
            line.ifPresent(lines::add);
            replacing.addAll(row.replacing());
        }
        if (lines.isEmpty() && replacing.isEmpty()) {
            message.set(messages.get("stockentry.error.nothing"));
            failed.run();
            return;
        }
        StockDayEntry entry = lines.isEmpty() ? null : new StockDayEntry(o.id(), d, lines);
        Actor who = actor.get();
        busy.set(true);
        record Saved(int movements, OutletStock stock, List<StockMovement> day) {
        }
        tasks.run(p -> new Saved(service.record(who, entry, replacing).movements().size(), service.stockAt(o.id(), d),
                        service.dayMovements(o.id(), d)),
                saved -> {
                    busy.set(false);
                    rows.forEach(StockEntryRow::clearInput);
                    showFigures(saved.stock());
                    showMovements(saved.day());
                    message.set(messages.get("stockentry.saved", saved.movements()));
                    afterSave.run();
                }, e -> {
                    failed(e);
                    failed.run();
                });
    }

    /**
     * The row's line to save, or empty when nothing is typed; a problem is marked on its field (the same rules
     * as {@link StockService#record}, checked here so that the message can sit next to the field).
     */
    private Optional<StockDayEntry.Line> check(StockEntryRow row) {
        String name = row.commodity().displayName();
        BigDecimal receipt;
        BigDecimal sale;
        BigDecimal count;
        Long price;
        StockEntryRow.Field at = StockEntryRow.Field.RECEIPT;
        try {
            receipt = quantity(row.receiptProperty().get());
            at = StockEntryRow.Field.SALE_QUANTITY;
            sale = quantity(row.saleQuantityProperty().get());
            at = StockEntryRow.Field.COUNT;
            count = quantity(row.countProperty().get());
            at = StockEntryRow.Field.SALE_PRICE;
            price = price(row.salePriceProperty().get());
        } catch (NumberFormatException e) {
            row.markError(at, messages.get("stockentry.error.number", name, e.getMessage()));
            return Optional.empty();
        }
        if (receipt != null && receipt.signum() <= 0) {
            row.markError(StockEntryRow.Field.RECEIPT, messages.get("stockentry.error.quantity", name));
        } else if (receipt != null && row.sourceProperty().get().isBlank()) {
            row.markError(StockEntryRow.Field.SOURCE, messages.get("stockentry.error.source", name));
        } else if (sale != null && sale.signum() <= 0) {
            row.markError(StockEntryRow.Field.SALE_QUANTITY, messages.get("stockentry.error.quantity", name));
        } else if (sale != null && price == null) {
            row.markError(StockEntryRow.Field.SALE_PRICE, messages.get("stockentry.error.price", name));
        } else if (sale == null && row.priceTyped()) {
            row.markError(StockEntryRow.Field.SALE_QUANTITY, messages.get("stockentry.error.priceWithoutSale", name));
        } else if (count != null && count.signum() < 0) {
            row.markError(StockEntryRow.Field.COUNT, messages.get("stockentry.error.quantity", name));
        } else if (receipt == null && !row.sourceProperty().get().isBlank()) {
            row.markError(StockEntryRow.Field.RECEIPT, messages.get("stockentry.error.quantity", name));
        }
        if (row.errorFieldProperty().get() != null || (receipt == null && sale == null && count == null)) {
            return Optional.empty();
        }
        return Optional.of(new StockDayEntry.Line(row.commodity().id(), receipt, blankToNull(row.sourceProperty().get()),
                sale, sale == null ? null : price, count));
    }

    /**
     * Stock on hand and days of cover with what is typed counted in: the receipt added, the sale taken away (and
     * added to the 14 days' outflow), a count setting the stock. A field that is not a number yet leaves the saved
     * figures.
     */
    private void project(StockEntryRow row) {
        BigDecimal onHand = row.savedOnHand();
        BigDecimal outflow = row.savedOutflow14() == null ? BigDecimal.ZERO : row.savedOutflow14();
        try {
            BigDecimal receipt = quantity(row.receiptProperty().get());
            BigDecimal sale = quantity(row.saleQuantityProperty().get());
            BigDecimal count = quantity(row.countProperty().get());
            if (receipt == null && sale == null && count == null && onHand == null) {
                return;
            }
            BigDecimal base = onHand == null ? BigDecimal.ZERO : onHand;
            if (receipt != null) {
                base = base.add(receipt);
            }
            if (sale != null) {
                base = base.subtract(sale);
                outflow = outflow.add(sale);
            }
            if (count != null) {
                base = count;
            }
            row.showStock(stockText(base, row), coverText(base, outflow));
        } catch (NumberFormatException e) {
            // Half-typed: keep the figures shown until the field is a number again.
        }
    }

    private static String stockText(BigDecimal onHand, StockEntryRow row) {
        return quantityText(onHand) + " " + row.commodity().unit();
    }

    /** Days of cover = stock ÷ (sales of 14 days ÷ 14), DESIGN §5; "–" when nothing flows out. */
    private static String coverText(BigDecimal onHand, BigDecimal outflow14) {
        if (outflow14.signum() <= 0) {
            return "\u2013";
        }
        double cover = Math.max(0, onHand.doubleValue()) / (outflow14.doubleValue() / 14.0);
        return String.format(Locale.forLanguageTag("id-ID"), "%.1f", cover);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(ProblemText.forUser(error, messages));
    }

    private final java.time.ZoneId zone;

    private void showFigures(OutletStock stock) {
        carried = stock.lines().stream().map(l -> l.commodity().id()).collect(java.util.stream.Collectors.toSet());
        updateShownRows();
        for (StockEntryRow row : rows) {
            OutletStock.Line line = stock.lines().stream()
                    .filter(l -> l.commodity().id() == row.commodity().id()).findFirst().orElse(null);
            if (line == null) {
                row.setSaved(null, null);
                row.setDefaultPrice("");
                row.showFigures("", "", "", "");
                continue;
            }
            row.setSaved(line.cover().onHand(), line.cover().outflow14());
            row.setDefaultPrice(line.outletPriceRp() == null ? "" : PriceText.group(line.outletPriceRp()));
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
