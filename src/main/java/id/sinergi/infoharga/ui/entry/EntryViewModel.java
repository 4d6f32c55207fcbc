package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.Quotes;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.entry.ChangeReason;
import id.sinergi.infoharga.domain.entry.EntryChecks;
import id.sinergi.infoharga.domain.entry.EntryVerdict;
import id.sinergi.infoharga.domain.entry.PriceInput;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The officer's price entry for one market on one day: loads what is known, checks each price as it is
 * confirmed (DESIGN §5), and saves the whole market-day at once. All user-visible text comes from the bundle.
 */
public final class EntryViewModel {
    /** What confirming a field did: move on to the next commodity, or keep the cursor where it is. */
    public enum Step { ADVANCE, STAY }

    private final EntryService entries;
    private final Catalog catalog;
    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final Clock clock;
    private final Runnable onSaved;

    // ---- state (read-only to the view) ----
    private final ObservableList<Market> markets = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens weakly to its source, so a fresh one per call could be collected
    // together with the listeners put on it.
    private final ObservableList<Market> marketsView = FXCollections.unmodifiableObservableList(markets);
    private final ObservableList<EntryRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Market> market = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper correction = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper filled = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lastSavedAt = new ReadOnlyObjectWrapper<>();
    /** Per market id, how many commodities have a price on the open day (absent: none). */
    private final ReadOnlyObjectWrapper<Map<Integer, Integer>> entered = new ReadOnlyObjectWrapper<>(Map.of());

    public EntryViewModel(EntryService entries, Catalog catalog, Messages messages, Formats formats,
                          TaskRunner tasks, DialogService dialogs, Supplier<Actor> actor, Clock clock,
                          Runnable onSaved) {
        this.entries = entries;
        this.catalog = catalog;
        this.messages = messages;
        this.formats = formats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.clock = clock;
        this.onSaved = onSaved;
        markets.setAll(catalog.activeMarkets());
    }

    public ObservableList<Market> markets() {
        return marketsView;
    }

    /** Offers only these markets (an officer's assigned ones): prices of the others could not be saved. */
    public void limitMarketsTo(java.util.Collection<Integer> marketIds) {
        markets.setAll(catalog.activeMarkets().stream().filter(m -> marketIds.contains(m.id())).toList());
    }

    public ObservableList<EntryRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Market> marketProperty() {
        return market.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dayTextProperty() {
        return dayText.getReadOnlyProperty();
    }

    /** True when the day is before today: the officer is correcting an older day. */
    public ReadOnlyBooleanProperty correctionProperty() {
        return correction.getReadOnlyProperty();
    }

    /** The index of the row with the cursor. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }

    /** "32 dari 45 terisi". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Whether something accepted is not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Loading or saving in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Tersimpan 08:15 …", or what went wrong. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSavedAtProperty() {
        return lastSavedAt.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Per market id, how many commodities have a price on the open day; replaced after each load and save. */
    public ReadOnlyObjectProperty<Map<Integer, Integer>> enteredProperty() {
        return entered.getReadOnlyProperty();
    }

    /** "Gempolkerep 12/35", "Gempolkerep 35/35 ✓" when complete: who still has to report on the open day. */
    public String marketLabel(Market m) {
        if (m == null) {
            return "";
        }
        int total = new EntryOrder(catalog).commodities().size();
        int n = entered.get().getOrDefault(m.id(), 0);
        return messages.get(n >= total && total > 0 ? "entry.marketComplete" : "entry.marketProgress", m.name(), n,
                total);
    }

    // ---- commands ----

    /** Opens the first market on today, unless something is open already. */
    public void start() {
        if (markets.isEmpty()) {
            statusText.set(messages.get("entry.noMarkets"));
        } else if (market.get() == null) {
            load(markets.get(0), today());
        }
    }

    /** Switches market, asking first when there are unsaved changes. Returns whether it switched (or will). */
    public void requestMarket(Market next, Runnable refused) {
        if (next == null || next.equals(market.get())) {
            return;
        }
        whenSafeToLeave(() -> load(next, day.get() == null ? today() : day.get()), refused);
    }

    /** Ctrl+PgUp / Ctrl+PgDn: the market before or after the open one in the list, if there is one. */
    public void stepMarket(int delta, Runnable refused) {
        int i = markets.indexOf(market.get());
        int next = i + delta;
        if (i < 0 || next < 0 || next >= markets.size()) {
            refused.run();
            return;
        }
        requestMarket(markets.get(next), refused);
    }

    /** Switches day, asking first when there are unsaved changes; a future day is refused. */
    public void requestDay(LocalDate next, Runnable refused) {
        if (next == null || next.equals(day.get())) {
            return;
        }
        if (next.isAfter(today())) {
            statusText.set(messages.get("entry.futureDay"));
            refused.run();
            return;
        }
        whenSafeToLeave(() -> load(market.get(), next), refused);
    }

    /**
     * Runs {@code proceed} once nothing unsaved would be lost: at once when nothing is pending, otherwise after
     * the officer chose to save (and the save succeeded) or to discard; {@code refused} when they cancel.
     */
    public void whenSafeToLeave(Runnable proceed, Runnable refused) {
        if (!dirty.get() && rows.stream().noneMatch(this::pending)) {
            proceed.run();
            return;
        }
        int answer = dialogs.choose(messages.get("entry.unsaved.title"),
                messages.get("entry.unsaved.question", market.get().name(), dayText.get()),
                List.of(messages.get("entry.unsaved.save"), messages.get("entry.unsaved.discard"),
                        messages.get("entry.unsaved.cancel")));
        switch (answer) {
            case 0 -> save(proceed, refused);
            case 1 -> {
                discard();
                proceed.run();
            }
            default -> refused.run();
        }
    }

    /** The row with the cursor; the view calls this as focus moves. */
    public void focus(int index) {
        if (index >= 0 && index < rows.size()) {
            current.set(index);
        }
    }

    /**
     * Confirms the field of a row (Enter, Tab): reads it strictly, runs the entry checks, asks about a digit slip
     * or for the reason of a large change, and accepts the price. A refused or unanswered field keeps the cursor.
     */
    public Step commit(int index) {
        EntryRow row = rows.get(index);
        String typed = row.textProperty().get();
        Long accepted = row.acceptedPriceRp();
        if (!row.pending(acceptedText(row))) {
            showAccepted(row);
            return advanceFrom(index);
        }
        PriceInput input = PriceInput.parse(typed);
        if (input.problem() == PriceInput.Problem.EMPTY) {
            if (row.storedPrice() != null) {
                row.markInvalid(messages.get("entry.cannotClearStored"));
                return Step.STAY;
            }
            row.accept(null, List.of(), null, "");
            showAccepted(row);
            recount();
            return advanceFrom(index);
        }
        if (!input.ok()) {
            row.markInvalid(messages.get("entry.parse." + input.problem().name()));
            return Step.STAY;
        }
        if (accepted != null && accepted == input.value()) {
            row.accept(accepted, row.quotes(), row.reason(), formats.grouped(accepted));
            showAccepted(row);
            return advanceFrom(index);
        }
        return decide(index, input.value(), List.of());
    }

    /** "=": the price has not changed since the last one entered for this market. */
    public Step copyLast(int index) {
        EntryRow row = rows.get(index);
        if (row.lastPriceRp() == null) {
            row.markInvalid(messages.get("entry.noLastPrice"));
            return Step.STAY;
        }
        row.textProperty().set(formats.grouped(row.lastPriceRp()));
        Step step = commit(index);
        // The cursor has moved on: say here, where it is seen, that the copied price is several days old.
        LocalDate open = day.get();
        if (step == Step.ADVANCE && row.lastDate() != null && open != null
                && row.lastDate().isBefore(open.minusDays(1))) {
            statusText.set(row.commodity().displayName() + ": " + messages.get("entry.sameAsOld",
                    formats.shortDate(row.lastDate()), java.time.temporal.ChronoUnit.DAYS.between(row.lastDate(), open)));
        }
        return step;
    }

    /** Escape: the field goes back to the accepted price (or empty). */
    public void restore(int index) {
        EntryRow row = rows.get(index);
        row.textProperty().set(acceptedText(row));
        showAccepted(row);
    }

    /** The texts of a row's trader quotes, for the quotes dialog. */
    public List<String> quoteTexts(int index) {
        return rows.get(index).quotes().stream().map(formats::grouped).toList();
    }

    /** Alt+Enter: asks for up to three trader quotes and takes their median. */
    public Step askQuotes(int index) {
        EntryRow row = rows.get(index);
        return dialogs.askTexts(messages.get("entry.quotes.title"),
                        messages.get("entry.quotes.question", row.commodity().displayName()),
                        List.of(messages.get("entry.quotes.label", 1), messages.get("entry.quotes.label", 2),
                                messages.get("entry.quotes.label", 3)), quoteTexts(index))
                .map(texts -> setQuotes(index, texts)).orElse(Step.STAY);
    }

    /**
     * Up to three trader quotes for a row (Alt+Enter); empty texts are ignored. The price becomes their median
     * (DESIGN §4) and goes through the same checks as a typed price.
     */
    public Step setQuotes(int index, List<String> texts) {
        EntryRow row = rows.get(index);
        List<Long> quotes = new ArrayList<>();
        for (String t : texts) {
            PriceInput q = PriceInput.parse(t);
            if (q.problem() == PriceInput.Problem.EMPTY) {
                continue;
            }
            if (!q.ok()) {
                row.markInvalid(messages.get("entry.quotes.invalid", t.strip(),
                        messages.get("entry.parse." + q.problem().name())));
                return Step.STAY;
            }
            quotes.add(q.value());
        }
        if (quotes.isEmpty()) {
            return Step.STAY;
        }
        if (quotes.size() > 3) {
            row.markInvalid(messages.get("entry.quotes.tooMany"));
            return Step.STAY;
        }
        long price = Quotes.marketPrice(quotes);
        row.textProperty().set(formats.grouped(price));
        return decide(index, price, quotes);
    }

    /** Ctrl+S: confirms what is still in the fields, then saves the whole market-day in one transaction. */
    public void save() {
        save(() -> { }, () -> { });
    }

    /** Throws away what was accepted or typed since the last save or load. */
    public void discard() {
        for (EntryRow row : rows) {
            Long stored = row.storedPrice();
            row.accept(stored, row.storedQuotes(), row.storedReason(), stored == null ? "" : formats.grouped(stored));
            showAccepted(row);
        }
        recount();
    }

    // ---- inside ----

    private Step decide(int index, long typed, List<Long> quotes) {
        EntryRow row = rows.get(index);
        long price = typed;
        EntryVerdict verdict = EntryChecks.check(price, row.checks());
        if (verdict.kind() == EntryVerdict.Kind.IMPOSSIBLE) {
            row.markInvalid(messages.get("entry.impossible", formats.rupiah(verdict.range().minRp()),
                    formats.rupiah(verdict.range().maxRp())));
            return Step.STAY;
        }
        boolean keptSlip = false;
        if (verdict.kind() == EntryVerdict.Kind.DIGIT_SLIP) {
            int answer = dialogs.choose(messages.get("entry.slip.title"),
                    messages.get("entry.slip.question", formats.rupiah(verdict.suggestedRp()),
                            formats.rupiah(price), row.commodity().displayName(), formats.rupiah(row.lastPriceRp())),
                    List.of(messages.get("entry.slip.useSuggested", formats.rupiah(verdict.suggestedRp())),
                            messages.get("entry.slip.keepTyped", formats.rupiah(price)),
                            messages.get("entry.slip.edit")));
            if (answer == 0) {
                price = verdict.suggestedRp();
                quotes = List.of();
                verdict = EntryChecks.check(price, row.checks());
            } else if (answer == 1) {
                keptSlip = true;
            } else {
                row.markInvalid(messages.get("entry.slip.pending", formats.rupiah(verdict.suggestedRp())));
                return Step.STAY;
            }
        }
        String reason = null;
        boolean overwrite = row.storedPrice() != null && row.storedPrice() != price;
        if (keptSlip || verdict.needsReason() || overwrite) {
            Optional<String> answer = askReason(row, price, verdict, overwrite && !keptSlip && !verdict.needsReason());
            if (answer.isEmpty()) {
                row.markInvalid(messages.get("entry.reason.required"));
                return Step.STAY;
            }
            reason = answer.get();
        }
        row.accept(price, quotes, reason, formats.grouped(price));
        showAccepted(row);
        recount();
        return advanceFrom(index);
    }

    private Optional<String> askReason(EntryRow row, long price, EntryVerdict verdict, boolean onlyOverwrite) {
        String question = onlyOverwrite
                ? messages.get("entry.reason.questionOverwrite", row.commodity().displayName(),
                        formats.rupiah(row.storedPrice()), formats.rupiah(price), dayText.get())
                : verdict.changePct() != null
                ? messages.get("entry.reason.questionChange", row.commodity().displayName(),
                        formats.rupiah(row.lastPriceRp()), formats.rupiah(price), formats.percent(verdict.changePct()))
                : messages.get("entry.reason.questionRange", row.commodity().displayName(), formats.rupiah(price),
                        formats.rupiah(verdict.range().minRp()), formats.rupiah(verdict.range().maxRp()));
        List<String> labels = Arrays.stream(ChangeReason.values())
                .map(r -> messages.get("entry.reason." + r.name())).toList();
        return dialogs.askReason(messages.get(onlyOverwrite ? "entry.reason.titleOverwrite" : "entry.reason.title"),
                        question, labels,
                        messages.get("entry.reason.note"))
                .filter(a -> a.choice() >= 0 && a.choice() < labels.size())
                .filter(a -> ChangeReason.values()[a.choice()] != ChangeReason.OTHER || !a.note().isBlank())
                .map(a -> ChangeReason.values()[a.choice()].describe(a.note()));
    }

    private Step advanceFrom(int index) {
        if (index + 1 < rows.size()) {
            current.set(index + 1);
        } else {
            current.set(index);
            if (filled.get() == rows.size()) {
                statusText.set(messages.get("entry.allFilled"));
            }
        }
        return Step.ADVANCE;
    }

    /** Refreshes a row's status, change and message from its accepted price. */
    private void showAccepted(EntryRow row) {
        Long price = row.acceptedPriceRp();
        if (price == null) {
            row.show(RowStatus.EMPTY, "", null, "", false);
            return;
        }
        EntryVerdict verdict = EntryChecks.check(price, row.checks());
        Double pct = verdict.changePct();
        String pctText = pct == null ? "" : formats.percent(pct);
        List<String> notes = new ArrayList<>();
        if (row.reason() != null) {
            notes.add(messages.get("entry.reasonGiven", row.reason()));
        }
        if (verdict.outlier()) {
            notes.add(messages.get("entry.outlier", formats.rupiah(median(row.checks().otherMarketsRp()))));
        }
        if (!row.quotes().isEmpty()) {
            notes.add(messages.get("entry.quotes.shown",
                    String.join(" / ", row.quotes().stream().map(formats::rupiah).toList())));
        }
        LocalDate open = day.get();
        if (row.lastDate() != null && open != null && price.equals(row.lastPriceRp())
                && row.lastDate().isBefore(open.minusDays(1))) {
            notes.add(messages.get("entry.sameAsOld", formats.shortDate(row.lastDate()),
                    java.time.temporal.ChronoUnit.DAYS.between(row.lastDate(), open)));
        }
        Long ceiling = row.checks().referenceHighRp();
        boolean above = ceiling != null && price > ceiling;
        if (above) {
            // The gap of DESIGN §5, (P − hi) / hi × 100.
            notes.add(0, messages.get("entry.aboveReference", row.referenceText(),
                    formats.percent((price.doubleValue() / ceiling - 1) * 100)));
        }
        RowStatus status = above ? RowStatus.ABOVE_REFERENCE
                : verdict.outlier() || row.reason() != null ? RowStatus.FLAGGED : RowStatus.OK;
        row.show(status, String.join(" · ", notes), pct, pctText, verdict.outlier());
    }

    private static long median(List<Long> values) {
        return values.isEmpty() ? 0 : Quotes.marketPrice(values);
    }

    private String acceptedText(EntryRow row) {
        return row.acceptedPriceRp() == null ? "" : formats.grouped(row.acceptedPriceRp());
    }

    private boolean pending(EntryRow row) {
        return row.pending(acceptedText(row));
    }

    private void recount() {
        int n = (int) rows.stream().filter(r -> r.acceptedPriceRp() != null).count();
        filled.set(n);
        progressText.set(messages.get("entry.progress", n, rows.size()));
        dirty.set(rows.stream().anyMatch(EntryRow::changed));
    }

    private void save(Runnable after, Runnable refused) {
        if (busy.get() || market.get() == null) {
            refused.run();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (pending(rows.get(i)) && commit(i) == Step.STAY) {
                current.set(i);
                statusText.set(messages.get("entry.saveBlocked", rows.get(i).commodity().displayName()));
                refused.run();
                return;
            }
        }
        MarketDayEntryBuilder request = MarketDayEntryBuilder.forMarketDay(market.get().id(), day.get());
        for (EntryRow row : rows) {
            if (row.acceptedPriceRp() != null) {
                request = request.price(row.commodity().id(), row.acceptedPriceRp(), row.quotes(), row.reason());
            }
        }
        if (request.size() == 0) {
            statusText.set(messages.get("entry.nothingToSave"));
            after.run();
            return;
        }
        MarketDayEntry entry = request.build();
        Market savedMarket = market.get();
        LocalDate savedDay = day.get();
        busy.set(true);
        statusText.set(messages.get("entry.saving"));
        Actor who = actor.get();
        tasks.run(progress -> entries.save(who, entry), result -> {
            busy.set(false);
            lastSavedAt.set(result.savedAt());
            statusText.set(messages.get("entry.saved", formats.time(result.savedAt()), result.inserted(),
                    result.updated()));
            onSaved.run();
            // Reload so that what is shown is what is stored: revisions, and the baseline of "unsaved". The cursor
            // goes back to the first row, ready for the next market (it stayed on the last, maybe hidden, row).
            if (savedMarket.equals(market.get()) && savedDay.equals(day.get())) {
                current.set(0);
                load(savedMarket, savedDay, after);
            } else {
                after.run();
            }
        }, error -> {
            busy.set(false);
            statusText.set(messages.get("entry.saveFailed"));
            dialogs.showError(messages.get("entry.saveFailed"), messages.get("entry.saveFailedDetail",
                    ProblemText.forUser(error, messages)));
            refused.run();
        });
    }

    private void load(Market m, LocalDate d) {
        load(m, d, () -> { });
    }

    private record Loaded(Map<Integer, PriceObservation> last, List<PriceObservation> stored,
                          Map<Integer, List<Long>> others, Thresholds thresholds, Map<Integer, Integer> entered) {
    }

    private void load(Market m, LocalDate d, Runnable after) {
        busy.set(true);
        int keepCurrent = m.equals(market.get()) && d.equals(day.get()) ? current.get() : 0;
        market.set(m);
        day.set(d);
        dayText.set(formats.date(d));
        correction.set(d.isBefore(today()));
        String before = statusText.get();
        statusText.set(messages.get("entry.loading"));
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        new EntryOrder(catalog).commodities().forEach(c -> ids.add(c.id()));
        tasks.run(progress -> new Loaded(entries.lastPricesBefore(m.id(), d), entries.marketDay(m.id(), d),
                entries.otherMarketsOn(m.id(), d), entries.thresholds(catalog), entries.enteredPerMarket(d, ids)),
                loaded -> {
            if (!m.equals(market.get()) || !d.equals(day.get())) {
                return;
            }
            entered.set(Map.copyOf(loaded.entered()));
            rows.setAll(buildRows(d, loaded));
            rows.forEach(this::showAccepted);
            current.set(Math.min(keepCurrent, Math.max(0, rows.size() - 1)));
            recount();
            busy.set(false);
            if (statusText.get().equals(messages.get("entry.loading"))) {
                statusText.set(before.equals(messages.get("entry.loading")) ? "" : before);
            }
            after.run();
        }, error -> {
            busy.set(false);
            rows.clear();
            recount();
            statusText.set(messages.get("entry.loadFailed", ProblemText.forUser(error, messages)));
        });
    }

    private List<EntryRow> buildRows(LocalDate d, Loaded loaded) {
        Map<Integer, PriceObservation> stored = new LinkedHashMap<>();
        loaded.stored().forEach(o -> stored.put(o.commodityId(), o));
        List<EntryRow> result = new ArrayList<>();
        for (Commodity c : new EntryOrder(catalog).commodities()) {
            PriceObservation last = loaded.last().get(c.id());
            Optional<ReferencePrice> ref = catalog.referenceOn(c.id(), d);
            var groupOf = catalog.groupOf(c);
            EntryChecks.Context checks = new EntryChecks.Context(last == null ? null : last.priceRp(),
                    ref.map(ReferencePrice::highRp).orElse(null), null,
                    EntryChecks.reasonLimitPct(loaded.thresholds().of(c.id())),
                    loaded.others().getOrDefault(c.id(), List.of()));
            PriceObservation today = stored.get(c.id());
            EntryRow row = new EntryRow(c, groupOf, last == null ? null : last.priceRp(),
                    last == null ? null : last.date(),
                    last == null ? "" : formats.rupiah(last.priceRp()),
                    last == null ? "" : formats.shortDate(last.date()),
                    ref.map(this::referenceText).orElse(""), checks,
                    today == null ? null : today.priceRp(), today == null ? List.of() : today.quotes(),
                    today == null ? null : today.reason());
            if (today != null) {
                row.accept(today.priceRp(), today.quotes(), today.reason(), formats.grouped(today.priceRp()));
            }
            result.add(row);
        }
        return result;
    }

    private String referenceText(ReferencePrice r) {
        String amount = r.lowRp() == null ? formats.rupiah(r.highRp())
                : formats.rupiah(r.lowRp()) + "\u2013" + formats.rupiah(r.highRp());
        return messages.get("entry.reference." + r.kind().name(), amount);
    }
}
