package id.sinergi.infoharga.ui.history;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.PriceChange;
import id.sinergi.infoharga.app.PriceHistoryService;
import id.sinergi.infoharga.domain.AuditedPrice;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.entry.ChangeReason;
import id.sinergi.infoharga.ui.common.Formats;
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
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The history of one price from {@link PriceHistoryService#changes}: a market, a commodity and a day or a range of
 * days, each save with when, who, device, before → after in Rupiah (with the trader quotes when there were some),
 * reason and revision. Anyone who may log in may read it.
 */
public final class PriceHistoryViewModel {
    private static final String NONE = "\u2013";

    private final PriceHistoryService history;
    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;

    // ---- state (read-only to the view) ----
    private final ObservableList<Market> markets;
    private final ObservableList<Commodity> commodities;
    private final ReadOnlyObjectWrapper<Market> market = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Commodity> commodity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> to = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PriceHistoryViewModel(PriceHistoryService history, Catalog catalog, Messages messages, Formats formats,
                                 TaskRunner tasks, Supplier<LocalDate> today) {
        this.history = history;
        this.messages = messages;
        this.formats = formats;
        this.tasks = tasks;
        this.today = today;
        this.markets = FXCollections.observableArrayList(catalog.activeMarkets());
        this.commodities = FXCollections.observableArrayList(catalog.activeCommodities());
        LocalDate d = today.get();
        from.set(d);
        to.set(d);
    }

    public ObservableList<Market> markets() {
        return FXCollections.unmodifiableObservableList(markets);
    }

    public ObservableList<Commodity> commodities() {
        return FXCollections.unmodifiableObservableList(commodities);
    }

    public ReadOnlyObjectProperty<Market> marketProperty() {
        return market.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Commodity> commodityProperty() {
        return commodity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> toProperty() {
        return to.getReadOnlyProperty();
    }

    /** The saves, by day and oldest first. */
    public ObservableList<HistoryRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----

    /** The history of one price on one day (e.g. the row of the entry grid). */
    public void show(Market m, Commodity c, LocalDate day) {
        show(m, c, day, day);
    }

    /**
     * Shows the saves of {@code c} at {@code m} from {@code first} to {@code last}; a missing choice or a range the
     * wrong way round or too long says so and clears the list.
     */
    public void show(Market m, Commodity c, LocalDate first, LocalDate last) {
        market.set(m);
        commodity.set(c);
        from.set(first == null ? today.get() : first);
        to.set(last == null ? from.get() : last);
        refresh();
    }

    public void refresh() {
        Market m = market.get();
        Commodity c = commodity.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        String problem = m == null || c == null ? messages.get("history.choose")
                : b.isBefore(a) ? messages.get("history.rangeBackwards")
                : ChronoUnit.DAYS.between(a, b) >= PriceHistoryService.MAX_DAYS
                ? messages.get("history.rangeTooLong", PriceHistoryService.MAX_DAYS) : null;
        if (problem != null) {
            rows.clear();
            message.set(problem);
            return;
        }
        busy.set(true);
        message.set(messages.get("history.loading"));
        tasks.run(p -> history.changes(m.id(), c.id(), a, b), changes -> {
            busy.set(false);
            rows.setAll(changes.stream().map(this::row).toList());
            message.set(changes.isEmpty()
                    ? messages.get("history.none", c.displayName(), m.name(), period(a, b))
                    : messages.get("history.count", changes.size(), c.displayName(), m.name(), period(a, b)));
        }, error -> {
            busy.set(false);
            rows.clear();
            message.set(messages.get("history.loadFailed", ProblemText.forUser(error, messages)));
        });
    }

    private String period(LocalDate a, LocalDate b) {
        return a.equals(b) ? formats.date(a) : formats.shortDate(a) + " \u2013 " + formats.shortDate(b);
    }

    private HistoryRow row(PriceChange c) {
        return new HistoryRow(c.revision(), formats.shortDate(c.day()), c.at() == null ? NONE
                : formats.dateTime(c.at()), c.actor() == null ? NONE : c.actor(),
                c.device() == null ? NONE : c.device(), value(c.oldText(), c.oldPrice()),
                value(c.newText(), c.newPrice()), reason(c));
    }

    /** The reason given; for a price stored in bulk, where it came from (an import's file, a demo run). */
    private String reason(PriceChange c) {
        return switch (c.origin()) {
            case IMPORTED -> messages.get("import.origin.file", c.source());
            case DEMO -> messages.get("import.origin.demo", c.source());
            case UNRECORDED -> messages.get("import.origin.unrecorded");
            case AUDITED -> reason(c.reason());
        };
    }

    /** "Rp12.500", or with quotes "Rp12.500 (dari Rp12.000 · Rp12.500 · Rp13.000)"; an unreadable text as stored. */
    private String value(String stored, Optional<AuditedPrice> price) {
        if (stored == null) {
            return NONE;
        }
        return price.map(p -> p.quotes().isEmpty() ? formats.rupiah(p.priceRp())
                : messages.get("history.value.quotes", formats.rupiah(p.priceRp()),
                p.quotes().stream().map(formats::rupiah).collect(Collectors.joining(" \u00b7 "))))
                .orElse(stored);
    }

    /** The stored reason in the user's words: "Cuaca: hujan deras"; a reason from an import as stored. */
    private String reason(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        return ChangeReason.ofStored(stored).map(r -> {
            String label = messages.get("entry.reason." + r.name());
            String note = ChangeReason.noteOf(stored);
            return note.isEmpty() ? label : label + ": " + note;
        }).orElse(stored);
    }
}
