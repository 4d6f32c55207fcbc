package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.CommodityCodec;
import id.sinergi.infoharga.app.journal.GroupCodec;
import id.sinergi.infoharga.app.journal.MarketCodec;
import id.sinergi.infoharga.app.journal.OutletCodec;
import id.sinergi.infoharga.app.journal.ReferenceCodec;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.Units;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's master data: markets, commodities (with their alert thresholds), reference prices (HET/HAP),
 * group weights and WULANDARI outlets. Every write checks the administrator role inside its transaction, refuses
 * bad input with a message in the user's words (nothing is changed then), writes an audit row with the old and the
 * new value, and is on disk before it returns. Nothing is ever deleted: a market, commodity or outlet is retired
 * ({@code active = false}) and keeps its history; a reference price is ended by its last valid day.
 *
 * <p>Reference prices: one commodity has at most one reference price (HET or HAP) in force on any day, because the
 * alerts compare a price with "the reference price valid on d" (DESIGN §5); an overlapping period is refused with
 * the regulation and dates it overlaps. Group weights are relative: the weighted change divides by their sum
 * (DESIGN §4), so they need not add up to 100; they must not be negative and not all be zero.
 */
public final class MasterDataService {
    public static final String MARKET_TABLE = "market";
    public static final String COMMODITY_TABLE = "commodity";
    public static final String GROUP_TABLE = "commodity_group";
    public static final String REFERENCE_TABLE = "reference_price";
    public static final String OUTLET_TABLE = "outlet";
    /** The longest name of a market, commodity, group or outlet (VARCHAR(120)); a variant is as long. */
    public static final int MAX_NAME = 120;
    /** The longest kecamatan (VARCHAR(80)), market type (VARCHAR(40)) and outlet address (VARCHAR(200)). */
    public static final int MAX_KECAMATAN = 80;
    public static final int MAX_MARKET_TYPE = 40;
    public static final int MAX_ADDRESS = 200;

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final AlertService alerts;
    private final ReferenceDataService referenceData;
    private final DateTimeFormatter dates;
    private final ChangeJournal journal;

    public MasterDataService(Store store, Clock clock, Messages messages, Authorizer authorizer, AlertService alerts,
                             ReferenceDataService referenceData) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = authorizer;
        this.alerts = alerts;
        this.referenceData = referenceData;
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
        this.journal = new ChangeJournal(store, clock);
    }

    // ---- requests: what a form sends; id null means "new" ----

    public record MarketDraft(Integer id, String code, String name, String kecamatan, String marketType) {
    }

    public record CommodityDraft(Integer id, String code, String name, String variant, String unit,
                                 Integer groupId) {
    }

    public record OutletDraft(Integer id, String code, String name, Integer marketId, String address) {
    }

    public record ReferenceDraft(Integer id, Integer commodityId, ReferenceKind kind, Long lowRp, Long highRp,
                                 String regulation, LocalDate validFrom, LocalDate validTo) {
    }

    /** Everything the master-data screen shows, read in one go. */
    public record Snapshot(Catalog catalog, Map<Integer, AlertThresholds> thresholds, boolean canEdit) {
    }

    // ---- reads ----

    public Snapshot snapshot(Actor actor) {
        Catalog catalog = referenceData.catalog();
        Map<Integer, AlertThresholds> stored = store.read(tx -> tx.thresholds().all()).stream()
                .collect(Collectors.toMap(AlertThresholds::commodityId, Function.identity()));
        Map<Integer, AlertThresholds> all = new java.util.HashMap<>();
        for (Commodity c : catalog.commodities()) {
            CommodityGroup g = catalog.groupOf(c);
            all.put(c.id(), stored.getOrDefault(c.id(),
                    AlertThresholds.defaults(c.id(), g != null && g.volatileGroup())));
        }
        return new Snapshot(catalog, all, canEdit(actor));
    }

    /** Whether this account may change master data (an active administrator). */
    public boolean canEdit(Actor actor) {
        return store.read(tx -> tx.users().find(actor.username()))
                .map(a -> a.active() && a.role() == Role.ADMIN).orElse(false);
    }

    // ---- markets ----

    public Market saveMarket(Actor actor, MarketDraft draft, String reason) {
        return write(tx -> saveMarket(tx, actor, draft, reason));
    }

    /**
     * Adds a market inside the caller's transaction (an import's), with the same checks and the same journaled
     * change as the Data Master screen; the caller commits and syncs.
     */
    public Market addMarket(Store.Tx tx, Actor actor, MarketDraft draft, String reason) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("a new market has no id");
        }
        return saveMarket(tx, actor, draft, reason);
    }

    private Market saveMarket(Store.Tx tx, Actor actor, MarketDraft draft, String reason) {
        authorizer.requireAdmin(tx, actor);
        String name = required(draft.name(), "master.field.name");
        requireLength(name, MAX_NAME, "master.field.name");
        requireLength(draft.kecamatan(), MAX_KECAMATAN, "master.field.kecamatan");
        requireLength(draft.marketType(), MAX_MARKET_TYPE, "master.field.type");
        List<Market> all = tx.markets().all();
        Market old = draft.id() == null ? null : find(all, Market::id, draft.id());
        String code = old != null ? old.code() : newCode(draft.code(),
                all.stream().map(Market::code).toList());
        requireUniqueName(name, all.stream().filter(m -> old == null || m.id() != old.id())
                .map(Market::name).toList());
        journal.write(tx, actor, Codecs.MARKET, code, new MarketCodec.Value(name, blankToNull(draft.kecamatan()),
                blankToNull(draft.marketType()), old == null || old.active()), blankToNull(reason));
        return tx.markets().byCode(code).orElseThrow();
    }

    public Market setMarketActive(Actor actor, int marketId, boolean active, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            Market old = find(tx.markets().all(), Market::id, marketId);
            if (old.active() == active) {
                return old;
            }
            journal.write(tx, actor, Codecs.MARKET, old.code(), new MarketCodec.Value(old.name(), old.kecamatan(),
                    old.marketType(), active), reason);
            return tx.markets().byCode(old.code()).orElseThrow();
        });
    }

    // ---- commodities ----

    /**
     * Adds or edits a commodity and, unless null, its alert thresholds ({@code commodityId} of the thresholds is
     * ignored), in one transaction; the thresholds go through {@link AlertService} and get their own audit row.
     */
    public Commodity saveCommodity(Actor actor, CommodityDraft draft, AlertThresholds thresholds, String reason) {
        return write(tx -> saveCommodity(tx, actor, draft, thresholds, reason));
    }

    /**
     * Adds a commodity with its group's default thresholds inside the caller's transaction (an import's), with the
     * same checks and the same audit row as the Data Master screen; the caller commits and syncs.
     */
    public Commodity addCommodity(Store.Tx tx, Actor actor, CommodityDraft draft, String reason) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("a new commodity has no id");
        }
        return saveCommodity(tx, actor, draft, null, reason);
    }

    private Commodity saveCommodity(Store.Tx tx, Actor actor, CommodityDraft draft, AlertThresholds thresholds,
                                    String reason) {
        authorizer.requireAdmin(tx, actor);
        String name = required(draft.name(), "master.field.name");
        String unit = required(draft.unit(), "master.field.unit");
        requireLength(name, MAX_NAME, "master.field.name");
        requireLength(draft.variant(), MAX_NAME, "master.field.variant");
        requireLength(unit, Units.MAX_LENGTH, "master.field.unit");
        if (draft.groupId() == null) {
            throw new UserInputException(messages.get("master.error.required", messages.get("master.field.group")));
        }
        CommodityGroup group = find(tx.commodities().groups(), CommodityGroup::id, draft.groupId());
        List<Commodity> all = tx.commodities().all();
        Commodity old = draft.id() == null ? null : find(all, Commodity::id, draft.id());
        String code = old != null ? old.code() : newCode(draft.code(),
                all.stream().map(Commodity::code).toList());
        String variant = blankToNull(draft.variant());
        Commodity next = new Commodity(old == null ? 0 : old.id(), code, name, variant, unit, group.id(),
                old == null || old.active(), old == null ? tx.commodities().maxSortOrder() + 1 : old.sortOrder());
        requireUniqueName(next.displayName(), all.stream().filter(c -> old == null || c.id() != old.id())
                .map(Commodity::displayName).toList());
        journal.write(tx, actor, Codecs.COMMODITY, code, new CommodityCodec.Value(name, variant, unit,
                group.code(), next.active(), next.sortOrder()), reason);
        next = tx.commodities().byCode(code).orElseThrow();
        if (thresholds != null) {
            AlertThresholds own = new AlertThresholds(next.id(), thresholds.refWaspada(), thresholds.refSiaga(),
                    thresholds.refAwas(), thresholds.riseWaspada(), thresholds.riseSiaga(), thresholds.riseAwas(),
                    thresholds.coverWaspada(), thresholds.coverSiaga(), thresholds.coverAwas());
            boolean stored = tx.thresholds().find(next.id()).isPresent();
            // A new commodity with its group's defaults needs no row: the defaults apply without one.
            if (stored || !own.equals(AlertThresholds.defaults(next.id(), group.volatileGroup()))) {
                alerts.updateThresholds(tx, actor, own, reason);
            }
        }
        return next;
    }

    public Commodity setCommodityActive(Actor actor, int commodityId, boolean active, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            Commodity old = find(tx.commodities().all(), Commodity::id, commodityId);
            if (old.active() == active) {
                return old;
            }
            CommodityGroup group = find(tx.commodities().groups(), CommodityGroup::id, old.groupId());
            journal.write(tx, actor, Codecs.COMMODITY, old.code(), new CommodityCodec.Value(old.name(), old.variant(),
                    old.unit(), group.code(), active, old.sortOrder()), reason);
            return tx.commodities().byCode(old.code()).orElseThrow();
        });
    }

    // ---- groups ----

    /**
     * The group with this code, added (weight 0, not volatile, with an audit row) inside the caller's transaction
     * when there is none yet: where an import puts the commodities it creates.
     */
    public CommodityGroup addGroupIfMissing(Store.Tx tx, Actor actor, String code, String name, String reason) {
        authorizer.requireAdmin(tx, actor);
        Optional<CommodityGroup> existing = tx.commodities().groups().stream()
                .filter(g -> g.code().equals(code)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        journal.write(tx, actor, Codecs.GROUP, code, new GroupCodec.Value(name, 0, false), reason);
        return tx.commodities().groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    /** Sets a group's weight and volatility. Refused when negative, or when every weight would then be zero. */
    public CommodityGroup saveGroup(Actor actor, int groupId, double weight, boolean volatileGroup, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new UserInputException(messages.get("master.error.weight"));
            }
            List<CommodityGroup> all = tx.commodities().groups();
            CommodityGroup old = find(all, CommodityGroup::id, groupId);
            double others = all.stream().filter(g -> g.id() != groupId).mapToDouble(CommodityGroup::weight).sum();
            if (weight == 0 && others == 0) {
                throw new UserInputException(messages.get("master.error.weightsZero"));
            }
            CommodityGroup next = new CommodityGroup(old.id(), old.code(), old.name(), weight, volatileGroup);
            if (old.equals(next)) {
                return old;
            }
            journal.write(tx, actor, Codecs.GROUP, old.code(), new GroupCodec.Value(old.name(), weight, volatileGroup),
                    reason);
            return next;
        });
    }

    // ---- reference prices ----

    public ReferencePrice saveReferencePrice(Actor actor, ReferenceDraft draft, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            if (draft.commodityId() == null) {
                throw new UserInputException(messages.get("master.error.required",
                        messages.get("master.field.commodity")));
            }
            Commodity commodity = find(tx.commodities().all(), Commodity::id, draft.commodityId());
            if (draft.kind() == null) {
                throw new UserInputException(messages.get("master.error.required", messages.get("master.field.kind")));
            }
            String regulation = required(draft.regulation(), "master.field.regulation");
            if (draft.highRp() == null) {
                throw new UserInputException(messages.get("master.error.required", messages.get("master.field.high")));
            }
            if (draft.highRp() <= 0 || (draft.lowRp() != null && draft.lowRp() <= 0)) {
                throw new UserInputException(messages.get("master.error.price"));
            }
            if (draft.kind() == ReferenceKind.HET && draft.lowRp() != null) {
                throw new UserInputException(messages.get("master.error.hetRange"));
            }
            if (draft.lowRp() != null && draft.lowRp() > draft.highRp()) {
                throw new UserInputException(messages.get("master.error.lowAboveHigh",
                        PriceText.rupiah(draft.lowRp()), PriceText.rupiah(draft.highRp())));
            }
            if (draft.validFrom() == null) {
                throw new UserInputException(messages.get("master.error.required", messages.get("master.field.from")));
            }
            if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
                throw new UserInputException(messages.get("master.error.toBeforeFrom",
                        dates.format(draft.validTo()), dates.format(draft.validFrom())));
            }
            List<ReferencePrice> all = tx.referencePrices().all();
            ReferencePrice old = draft.id() == null ? null : find(all, ReferencePrice::id, draft.id());
            ReferencePrice next = new ReferencePrice(old == null ? 0 : old.id(), commodity.id(), draft.kind(),
                    draft.lowRp(), draft.highRp(), regulation, draft.validFrom(), draft.validTo());
            requireNoOverlap(next, commodity, all);
            if (old != null && old.equals(next)) {
                return old;
            }
            // A new reference price gets its natural key here: a UUID that names it on every device.
            java.util.UUID uid = old == null ? java.util.UUID.randomUUID()
                    : tx.referencePrices().uidOf(old.id()).orElseThrow();
            journal.write(tx, actor, Codecs.REFERENCE, uid, new ReferenceCodec.Value(commodity.code(), next.kind(),
                    next.lowRp(), next.highRp(), next.regulation(), next.validFrom(), next.validTo()), reason);
            return tx.referencePrices().byUid(uid).orElseThrow();
        });
    }

    /** Ends a reference price: {@code lastDay} is its last valid day (a new regulation starts the day after). */
    public ReferencePrice endReferencePrice(Actor actor, int referenceId, LocalDate lastDay, String reason) {
        ReferencePrice old = store.read(tx -> find(tx.referencePrices().all(), ReferencePrice::id, referenceId));
        return saveReferencePrice(actor, new ReferenceDraft(old.id(), old.commodityId(), old.kind(), old.lowRp(),
                old.highRp(), old.regulation(), old.validFrom(), lastDay), reason);
    }

    private void requireNoOverlap(ReferencePrice next, Commodity commodity, List<ReferencePrice> all) {
        for (ReferencePrice other : all) {
            if (other.id() != next.id() && other.commodityId() == next.commodityId() && other.overlaps(next)) {
                String until = other.validTo() == null ? messages.get("master.reference.open")
                        : dates.format(other.validTo());
                throw new UserInputException(messages.get("master.error.overlap", commodity.displayName(),
                        other.kind().name(), other.regulation(), dates.format(other.validFrom()), until));
            }
        }
    }

    // ---- outlets ----

    public Outlet saveOutlet(Actor actor, OutletDraft draft, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            String name = required(draft.name(), "master.field.name");
            requireLength(name, MAX_NAME, "master.field.name");
            requireLength(draft.address(), MAX_ADDRESS, "master.field.address");
            List<Outlet> all = tx.outlets().all();
            Outlet old = draft.id() == null ? null : find(all, Outlet::id, draft.id());
            String code = old != null ? old.code() : newCode(draft.code(),
                    all.stream().map(Outlet::code).toList());
            requireUniqueName(name, all.stream().filter(o -> old == null || o.id() != old.id())
                    .map(Outlet::name).toList());
            if (draft.marketId() != null) {
                find(tx.markets().all(), Market::id, draft.marketId());
            }
            String market = draft.marketId() == null ? null
                    : find(tx.markets().all(), Market::id, draft.marketId()).code();
            journal.write(tx, actor, Codecs.OUTLET, code, new OutletCodec.Value(name, market,
                    blankToNull(draft.address()), old == null || old.active()), reason);
            return tx.outlets().byCode(code).orElseThrow();
        });
    }

    public Outlet setOutletActive(Actor actor, int outletId, boolean active, String reason) {
        return write(tx -> {
            authorizer.requireAdmin(tx, actor);
            Outlet old = find(tx.outlets().all(), Outlet::id, outletId);
            if (old.active() == active) {
                return old;
            }
            String market = old.marketId() == null ? null
                    : find(tx.markets().all(), Market::id, old.marketId()).code();
            journal.write(tx, actor, Codecs.OUTLET, old.code(), new OutletCodec.Value(old.name(), market,
                    old.address(), active), reason);
            return tx.outlets().byCode(old.code()).orElseThrow();
        });
    }

    // ---- helpers ----

    private <T> T write(Function<Store.Tx, T> work) {
        T result = store.inTransaction(work);
        store.syncToDisk();
        return result;
    }

    private <T> T find(List<T> all, Function<T, Integer> id, int wanted) {
        return all.stream().filter(x -> id.apply(x) == wanted).findFirst()
                .orElseThrow(() -> new UserInputException(messages.get("master.error.unknown", wanted)));
    }

    private String required(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            throw new UserInputException(messages.get("master.error.required", messages.get(fieldKey)));
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A new code: upper case, letters, digits, '-' and '_', unique among {@code taken}. */
    private String newCode(String typed, List<String> taken) {
        String code = required(typed, "master.field.code").toUpperCase(Locale.ROOT);
        try {
            Codes.requireCode(code);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(messages.get("master.error.code", code));
        }
        if (taken.contains(code)) {
            throw new UserInputException(messages.get("master.error.duplicateCode", code));
        }
        return code;
    }

    /** Names are looked up by files and commands ignoring case and spacing, so two may not match that way. */
    private void requireUniqueName(String name, List<String> others) {
        String key = Codes.matchKey(name);
        Optional<String> same = others.stream().filter(o -> Codes.matchKey(o).equals(key)).findFirst();
        if (same.isPresent()) {
            throw new UserInputException(messages.get("master.error.duplicateName", same.get()));
        }
    }

    /** Names are VARCHAR(120) and so on: a longer text is refused in words, not by the database. */
    private void requireLength(String text, int max, String fieldKey) {
        if (text != null && text.strip().length() > max) {
            throw new UserInputException(messages.get("import.tooLong", messages.get(fieldKey),
                    text.strip().length(), max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
