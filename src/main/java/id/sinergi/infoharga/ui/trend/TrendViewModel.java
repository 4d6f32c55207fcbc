package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.HbknPeriod;
import id.sinergi.infoharga.domain.HolidayCalendar;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.indicators.CommodityHistory;
import id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay;
import id.sinergi.infoharga.domain.indicators.DateRange;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One commodity's trend: the regency price with the band from the cheapest to the dearest market, the reference
 * prices and the holiday seasons of the range, up to five markets side by side, or every market's gap to the
 * regency price as a heat map. The history comes from {@link IndicatorService#trend} (every market's prices only for the heat map: {@link IndicatorService#history}); long ranges are reduced to
 * {@link #maxPointsProperty() as many points as the chart has pixels}.
 */
public final class TrendViewModel {
    public static final int MAX_COMPARED = 5;
    static final int DEFAULT_MAX_POINTS = 600;

    private final IndicatorService indicators;
    private final Catalog catalog;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;

    // ---- state (read-only to the view) ----
    private final ObservableList<Commodity> commodities = FXCollections.observableArrayList();
    private final ObservableList<Market> markets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Commodity> commodity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrendRange> range = new ReadOnlyObjectWrapper<>(TrendRange.YEAR_1);
    private final ReadOnlyObjectWrapper<TrendMode> mode = new ReadOnlyObjectWrapper<>(TrendMode.REGENCY);
    private final ReadOnlyObjectWrapper<LocalDate> end = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DateRange> shownDays = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> maxPoints = new ReadOnlyObjectWrapper<>(DEFAULT_MAX_POINTS);
    private final ReadOnlyObjectWrapper<CommodityHistory> history = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RegencyDay> regency = FXCollections.observableArrayList();
    private final ObservableList<ReferencePrice> references = FXCollections.observableArrayList();
    private final ObservableList<HbknPeriod> holidays = FXCollections.observableArrayList();
    private final ObservableList<Market> compared = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<Market, List<PricePoint>>> comparedSeries =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<CommodityHistory.GapMatrix> heatMap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    /** The markets whose own prices the loaded history holds; null when it holds every market's. */
    private java.util.Set<Integer> loadedMarkets;
    private volatile LocalDate firstStored;
    private TaskRunner.Handle loading;

    public TrendViewModel(IndicatorService indicators, Catalog catalog, Messages messages, TaskRunner tasks,
                          Supplier<LocalDate> today) {
        this.indicators = indicators;
        this.catalog = catalog;
        this.messages = messages;
        this.tasks = tasks;
        this.today = today;
        // Retired commodities after the active ones: their history stays readable.
        commodities.setAll(catalog.activeCommodities());
        catalog.commodities().stream().filter(c -> !c.active()).forEach(commodities::add);
        markets.setAll(catalog.activeMarkets());
    }

    /** A market's name, also of a retired market that appears in past figures; its id when unknown. */
    public String marketName(int id) {
        Market m = catalog.market(id);
        return m == null ? String.valueOf(id) : m.name();
    }

    public ObservableList<Commodity> commodities() {
        return FXCollections.unmodifiableObservableList(commodities);
    }

    public ObservableList<Market> markets() {
        return FXCollections.unmodifiableObservableList(markets);
    }

    public ReadOnlyObjectProperty<Commodity> commodityProperty() {
        return commodity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrendRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrendMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The last day shown. */
    public ReadOnlyObjectProperty<LocalDate> endProperty() {
        return end.getReadOnlyProperty();
    }

    /** The days of the range now shown (null before the first load). */
    public ReadOnlyObjectProperty<DateRange> shownDaysProperty() {
        return shownDays.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> maxPointsProperty() {
        return maxPoints.getReadOnlyProperty();
    }

    /** The full history of the range, as the indicator service gave it. */
    public ReadOnlyObjectProperty<CommodityHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The regency days to draw: the history reduced to at most {@code maxPoints}. */
    public ObservableList<RegencyDay> regency() {
        return FXCollections.unmodifiableObservableList(regency);
    }

    /** The reference prices (HET line or HAP band) in force at some day of the range. */
    public ObservableList<ReferencePrice> references() {
        return FXCollections.unmodifiableObservableList(references);
    }

    /** The holiday seasons (Ramadan–Idulfitri, Iduladha, Natal–Tahun Baru) that overlap the range. */
    public ObservableList<HbknPeriod> holidays() {
        return FXCollections.unmodifiableObservableList(holidays);
    }

    /** The markets being compared, at most {@value #MAX_COMPARED}. */
    public ObservableList<Market> compared() {
        return FXCollections.unmodifiableObservableList(compared);
    }

    /** Each compared market's prices, reduced like the regency line, in the order of {@link #compared()}. */
    public ReadOnlyObjectProperty<Map<Market, List<PricePoint>>> comparedSeriesProperty() {
        return comparedSeries.getReadOnlyProperty();
    }

    /** Every active market's gap to the regency price, bucketed to the chart's width. */
    public ReadOnlyObjectProperty<CommodityHistory.GapMatrix> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the range holds no price of the commodity. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** A line for the user: what went wrong, or why nothing is drawn. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Goes up by one each time everything to draw is ready and consistent: the view redraws on it. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Shows a commodity's trend ending on {@code endDay} (today when null). */
    public void show(int commodityId, LocalDate endDay) {
        Commodity c = catalog.commodity(commodityId);
        if (c == null) {
            throw new IllegalArgumentException("no commodity " + commodityId);
        }
        commodity.set(c);
        end.set(endDay == null ? today.get() : endDay);
        reload();
    }

    /**
     * Shows a commodity's trend with one market set against the regency price (from the market × commodity table):
     * the comparison holds that market alone.
     */
    public void showMarket(int commodityId, LocalDate endDay, Market market) {
        compared.setAll(List.of(market));
        mode.set(TrendMode.COMPARE);
        show(commodityId, endDay);
    }

    public void selectCommodity(Commodity c) {
        if (c != null && !c.equals(commodity.get())) {
            show(c.id(), end.get());
        }
    }

    public void selectRange(TrendRange r) {
        if (r != null && r != range.get()) {
            range.set(r);
            reload();
        }
    }

    public void selectMode(TrendMode m) {
        if (m != null && m != mode.get()) {
            mode.set(m);
            if (m == TrendMode.HEAT_MAP && loadedMarkets != null && history.get() != null) {
                reload();
            } else {
                derive();
            }
        }
    }

    /**
     * Adds a market to the comparison, or removes it when it is already there.
     *
     * @return false when five markets are already compared and {@code m} is not one of them
     */
    public boolean toggleCompared(Market m) {
        if (compared.remove(m)) {
            derive();
            return true;
        }
        if (compared.size() >= MAX_COMPARED) {
            message.set(messages.get("trend.compare.max", MAX_COMPARED));
            return false;
        }
        compared.add(m);
        if (loadedMarkets != null && !loadedMarkets.contains(m.id()) && history.get() != null) {
            reload();
        } else {
            derive();
        }
        return true;
    }

    /** Tells how many points the chart can show (about its width in pixels); redraws from the loaded history. */
    public void setMaxPoints(int points) {
        int p = Math.max(20, points);
        if (p != maxPoints.get()) {
            maxPoints.set(p);
            derive();
        }
    }

    public void reload() {
        Commodity c = commodity.get();
        if (c == null) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        busy.set(true);
        message.set(messages.get("trend.loading"));
        TrendRange r = range.get();
        LocalDate last = end.get();
        int id = c.id();
        // Every market's prices only for the heat map; otherwise the kept regency days and the compared markets'
        // prices, a few thousand rows instead of every market's ten years.
        java.util.Set<Integer> wanted = mode.get() == TrendMode.HEAT_MAP ? null
                : compared.stream().map(Market::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        loading = tasks.run(p -> {
            if (firstStored == null) {
                firstStored = indicators.storedDays().map(DateRange::from).orElse(null);
            }
            DateRange days = r.ending(last, firstStored);
            return new Loaded(wanted == null ? indicators.history(id, days) : indicators.trend(id, days, wanted),
                    wanted);
        }, this::loaded, error -> {
            busy.set(false);
            message.set(messages.get("trend.loadFailed", ProblemText.forUser(error, messages)));
        });
    }

    private record Loaded(CommodityHistory history, java.util.Set<Integer> markets) {
    }

    private void loaded(Loaded l) {
        CommodityHistory h = l.history();
        loadedMarkets = l.markets();
        busy.set(false);
        shownDays.set(h.range());
        DateRange days = h.range();
        references.setAll(catalog.referencePrices().stream()
                .filter(r -> r.commodityId() == h.commodityId())
                .filter(r -> !r.validFrom().isAfter(days.to())
                        && (r.validTo() == null || !r.validTo().isBefore(days.from())))
                .toList());
        holidays.setAll(HolidayCalendar.periods(days.from(), days.to()));
        empty.set(h.days().isEmpty());
        message.set(h.days().isEmpty() ? messages.get("trend.noData") : "");
        history.set(h);
        derive();
    }

    private void derive() {
        CommodityHistory h = history.get();
        if (h == null) {
            return;
        }
        int points = maxPoints.get();
        regency.setAll(h.downsampled(points));
        Map<Market, List<PricePoint>> series = new LinkedHashMap<>();
        for (Market m : compared) {
            series.put(m, h.marketDownsampled(m.id(), points));
        }
        comparedSeries.set(series);
        List<Integer> ids = new ArrayList<>();
        for (Market m : markets) {
            ids.add(m.id());
        }
        // A heat-map cell needs room for the eye: about 8 pixels.
        heatMap.set(mode.get() == TrendMode.HEAT_MAP ? h.gaps(ids, Math.max(1, points / 8)) : null);
        revision.set(revision.get() + 1);
    }

    /** The reference price in force on a day, if any (for tooltips). */
    public Optional<ReferencePrice> referenceOn(LocalDate day) {
        Commodity c = commodity.get();
        return c == null ? Optional.empty() : catalog.referenceOn(c.id(), day);
    }
}
