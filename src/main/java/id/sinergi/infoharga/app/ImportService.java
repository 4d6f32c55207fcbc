package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.CommodityCodec;
import id.sinergi.infoharga.app.journal.GroupCodec;
import id.sinergi.infoharga.app.journal.MarketCodec;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.exchange.FileDigest;
import id.sinergi.infoharga.exchange.PriceColumn;
import id.sinergi.infoharga.exchange.PriceFileException;
import id.sinergi.infoharga.exchange.PriceFileReader;
import id.sinergi.infoharga.exchange.RawPriceRow;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Imports a price file, all or nothing: every row is checked first and any problem stops the import with the full
 * list; otherwise new rows are inserted, changed ones updated (with an audit row each), the monthly sums kept in
 * step, and the file's hash recorded so the same content a second time changes nothing.
 */
public final class ImportService {
    /** Problems listed in full; beyond this only their number (a wrong file can have a million). */
    public static final int MAX_LISTED_PROBLEMS = 500;
    static final int BATCH = 5_000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Markets and commodities still to be created get ids from here on while the file is checked. */
    private static final int PROVISIONAL_BASE = 0x8000;
    private static final String OTHER_GROUP = "LAINNYA";

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ChangeJournal journal;

    public ImportService(Store store, Clock clock, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = new Authorizer(messages);
        this.journal = new ChangeJournal(store, clock);
    }

    /**
     * @param columns    header names by column key (date, market, commodity, price, unit), from {@code --columns}
     * @param market     code or name of the market for a file without a market column, or null
     * @param dateFormat a {@link DateTimeFormatter} pattern, or null for yyyy-MM-dd, d/M/yyyy and d-M-yyyy
     */
    public record ImportRequest(Path file, String market, Map<String, String> columns, String dateFormat,
                                boolean createMissing, boolean dryRun) {
        public ImportRequest {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /** What an import did (or, in a dry run, would do). */
    public record ImportResult(String fileName, String sha256, boolean alreadyImported, String earlierFileName,
                               boolean dryRun, int inserted, int updated, int unchanged, int missing,
                               List<String> createdMarkets, List<String> createdCommodities) {
        public int stored() {
            return inserted + updated;
        }
    }

    public ImportResult importPrices(Actor actor, ImportRequest request) {
        // Only officers and administrators import; which markets they may touch is known once the file is read.
        store.read(tx -> authorizer.requireRole(tx, actor, Role.OFFICER, Role.ADMIN));
        Path file = request.file();
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserInputException(messages.get("import.file.notFound", file));
        }
        String fileName = file.getFileName().toString();
        Map<PriceColumn, String> columns = columns(request.columns());
        List<DateTimeFormatter> dateFormats = dateFormats(request.dateFormat());
        String sha256 = sha256(file);
        var earlier = store.read(tx -> tx.importLedger().fileWithHash(sha256));
        if (earlier.isPresent()) {
            return new ImportResult(fileName, sha256, true, earlier.get(), request.dryRun(), 0, 0, 0, 0, List.of(),
                    List.of());
        }
        Catalog catalog = new ReferenceDataService(store).catalog();
        RowChecker checker = new RowChecker(catalog, dateFormats, request.createMissing(), LocalDate.now(clock));
        Integer fixedMarket = null;
        if (request.market() != null) {
            fixedMarket = checker.market(request.market());
            if (fixedMarket == null) {
                throw new UserInputException(messages.get("import.unknownMarketOption", request.market()));
            }
        }
        checker.fixedMarket = fixedMarket;
        try {
            new PriceFileReader(columns, fixedMarket == null).read(file, checker::accept);
        } catch (PriceFileException e) {
            throw new UserInputException(messages.get(e.messageKey(), e.args()));
        }
        checker.findDuplicates();
        if (checker.problemCount > 0) {
            throw rejection(checker);
        }
        Instant now = clock.instant();
        if (request.dryRun()) {
            return store.read(tx -> {
                authorize(tx, actor, checker);
                return new Writer(tx, checker, actor, now, fileName, sha256, false).run();
            });
        }
        ImportResult result = store.inTransaction(tx -> {
            authorize(tx, actor, checker);
            return new Writer(tx, checker, actor, now, fileName, sha256, true).run();
        });
        store.syncToDisk();
        return result;
    }

    /**
     * An officer's import must stay within their markets, or it is refused as a whole; creating markets or
     * commodities is master data, for an administrator.
     */
    private void authorize(Store.Tx tx, Actor actor, RowChecker rows) {
        if (!rows.newMarkets.isEmpty() || !rows.newCommodities.isEmpty()) {
            authorizer.requireAdmin(tx, actor);
        }
        java.util.Set<Integer> markets = new java.util.TreeSet<>();
        for (int i = 0; i < rows.size; i++) {
            markets.add(marketOf(rows.keys[i]));
        }
        authorizer.requireMarkets(tx, actor, markets);
    }

    private String sha256(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (PriceFileException e) {
            throw new UserInputException(messages.get(e.messageKey(), e.args()));
        }
    }

    private Map<PriceColumn, String> columns(Map<String, String> given) {
        Map<PriceColumn, String> out = new EnumMap<>(PriceColumn.class);
        given.forEach((key, header) -> {
            PriceColumn column = PriceColumn.byKey(key).orElseThrow(() -> new UserInputException(
                    messages.get("import.badColumnKey", key, "date, market, commodity, price, unit")));
            if (header == null || header.isBlank()) {
                throw new UserInputException(messages.get("import.badColumnKey", key + "=",
                        "date, market, commodity, price, unit"));
            }
            out.put(column, header.strip());
        });
        return out;
    }

    private List<DateTimeFormatter> dateFormats(String pattern) {
        if (pattern == null) {
            return List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("d/M/uuuu"), strict("d-M-uuuu"));
        }
        try {
            // 'y' is year-of-era, which STRICT resolving cannot use without an era; people mean 'u'.
            return List.of(strict(pattern.replace('y', 'u')));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(messages.get("import.badDateFormat", pattern));
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private ImportRejectedException rejection(RowChecker checker) {
        checker.problems.sort(Comparator.comparingInt(Problem::line));
        List<String> lines = new ArrayList<>();
        for (Problem p : checker.problems) {
            lines.add(messages.get("import.row.line", String.valueOf(p.line()), messages.get(p.key(), p.args())));
        }
        if (checker.problemCount > checker.problems.size()) {
            lines.add(messages.get("import.row.more", checker.problemCount - checker.problems.size()));
        }
        return new ImportRejectedException(lines, messages.get("import.rejected", checker.problemCount));
    }

    private record Problem(int line, String key, Object... args) {
    }

    /** Checks each raw row as it streams past and keeps the good ones compactly (a million rows in ~20 MB). */
    private final class RowChecker {
        private final Map<String, Integer> marketKeys = new HashMap<>();
        private final Map<String, Integer> commodityKeys = new HashMap<>();
        private final Map<String, Integer> marketCache = new HashMap<>();
        private final Map<String, Integer> commodityCache = new HashMap<>();
        private final Map<String, Integer> dayCache = new HashMap<>();
        private final Map<Integer, String> unitById = new HashMap<>();
        private final Catalog catalog;
        private final List<DateTimeFormatter> dateFormats;
        private final boolean createMissing;
        private final LocalDate today;
        /** Names of markets and commodities to create, in order of first appearance; index = id − base. */
        final List<String> newMarkets = new ArrayList<>();
        final List<String> newCommodities = new ArrayList<>();
        final List<String> newCommodityUnits = new ArrayList<>();
        Integer fixedMarket;

        final List<Problem> problems = new ArrayList<>();
        int problemCount;
        int missing;
        int size;
        long[] keys = new long[1024];
        long[] prices = new long[1024];
        int[] lines = new int[1024];

        RowChecker(Catalog catalog, List<DateTimeFormatter> dateFormats, boolean createMissing, LocalDate today) {
            this.catalog = catalog;
            this.dateFormats = dateFormats;
            this.createMissing = createMissing;
            this.today = today;
            for (Market m : catalog.markets()) {
                if (m.id() >= PROVISIONAL_BASE) {
                    throw new IllegalStateException("market ids beyond " + PROVISIONAL_BASE);
                }
                marketKeys.putIfAbsent(Codes.matchKey(m.code()), m.id());
                marketKeys.putIfAbsent(Codes.matchKey(m.name()), m.id());
            }
            for (Commodity c : catalog.commodities()) {
                if (c.id() >= PROVISIONAL_BASE) {
                    throw new IllegalStateException("commodity ids beyond " + PROVISIONAL_BASE);
                }
                commodityKeys.putIfAbsent(Codes.matchKey(c.code()), c.id());
                commodityKeys.putIfAbsent(Codes.matchKey(c.displayName()), c.id());
                unitById.put(c.id(), c.unit());
            }
        }

        /** The market's id (provisional for one to be created), or null when unknown and not to be created. */
        Integer market(String text) {
            return marketCache.computeIfAbsent(text, t -> {
                String key = Codes.matchKey(t);
                Integer id = marketKeys.get(key);
                if (id == null && createMissing && !key.isEmpty()) {
                    id = PROVISIONAL_BASE + newMarkets.size();
                    newMarkets.add(t.strip());
                    marketKeys.put(key, id);
                }
                return id;
            });
        }

        Integer commodity(String text, String unit) {
            Integer cached = commodityCache.get(text);
            if (cached != null) {
                return cached;
            }
            String key = Codes.matchKey(text);
            Integer id = commodityKeys.get(key);
            if (id == null && createMissing && !key.isEmpty()) {
                id = PROVISIONAL_BASE + newCommodities.size();
                newCommodities.add(text.strip());
                String u = unit == null || unit.isBlank() ? "kg" : unit.strip();
                newCommodityUnits.add(u);
                unitById.put(id, u);
                commodityKeys.put(key, id);
            }
            if (id != null) {
                commodityCache.put(text, id);
            }
            return id;
        }

        void accept(RawPriceRow row) {
            int before = problemCount;
            Integer marketId = fixedMarket;
            if (row.market() != null && !row.market().isEmpty()) {
                Integer named = market(row.market());
                if (named == null) {
                    problem(row.line(), "import.row.unknownMarket", row.market());
                } else if (fixedMarket != null && !named.equals(fixedMarket)) {
                    problem(row.line(), "import.row.marketConflict", row.market(), marketName(fixedMarket));
                }
                marketId = named;
            } else if (marketId == null) {
                problem(row.line(), "import.row.noMarket");
            }
            Integer commodityId = null;
            if (row.commodity().isEmpty()) {
                problem(row.line(), "import.row.noCommodity");
            } else {
                commodityId = commodity(row.commodity(), row.unit());
                if (commodityId == null) {
                    problem(row.line(), "import.row.unknownCommodity", row.commodity());
                } else if (row.unit() != null && !row.unit().isEmpty()
                        && !unitKey(row.unit()).equals(unitKey(unitById.get(commodityId)))) {
                    problem(row.line(), "import.row.unitMismatch", row.unit(), unitById.get(commodityId),
                            row.commodity());
                }
            }
            Integer day = day(row.line(), row.date());
            OptionalLong price = PriceText.parse(row.price());
            boolean empty = row.price().isEmpty();
            if (!empty && price.isEmpty()) {
                problem(row.line(), "import.row.badPrice", row.price());
            }
            if (problemCount > before) {
                return;
            }
            if (empty || price.getAsLong() == 0) {
                missing++;
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                prices = Arrays.copyOf(prices, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            keys[size] = key(day, marketId, commodityId);
            prices[size] = price.getAsLong();
            lines[size] = row.line();
            size++;
        }

        private Integer day(int line, String text) {
            if (text.isEmpty()) {
                problem(line, "import.row.noDate");
                return null;
            }
            Integer cached = dayCache.get(text);
            if (cached != null) {
                return cached;
            }
            for (DateTimeFormatter f : dateFormats) {
                try {
                    LocalDate d = LocalDate.parse(text, f);
                    if (d.isBefore(EARLIEST) || d.isAfter(today)) {
                        problem(line, "import.row.dateOutOfRange", text, EARLIEST.toString(), today.toString());
                        return null;
                    }
                    int epochDay = (int) d.toEpochDay();
                    dayCache.put(text, epochDay);
                    return epochDay;
                } catch (DateTimeParseException e) {
                    // try the next accepted format
                }
            }
            problem(line, "import.row.badDate", text);
            return null;
        }

        /** Each (market, commodity, day) once per file; a second occurrence is an error at its line. */
        void findDuplicates() {
            if (problemCount > 0) {
                return;
            }
            int[] order = IndexSort.byKey(keys, size);
            for (int i = 1; i < size; i++) {
                if (keys[order[i]] == keys[order[i - 1]]) {
                    int first = Math.min(lines[order[i]], lines[order[i - 1]]);
                    int second = Math.max(lines[order[i]], lines[order[i - 1]]);
                    long k = keys[order[i]];
                    problem(second, "import.row.duplicate", marketName(marketOf(k)), commodityName(commodityOf(k)),
                            dayOf(k).toString(), String.valueOf(first));
                }
            }
            this.order = order;
        }

        int[] order;

        String marketName(int id) {
            return id >= PROVISIONAL_BASE ? newMarkets.get(id - PROVISIONAL_BASE) : catalog.market(id).code();
        }

        String commodityName(int id) {
            return id >= PROVISIONAL_BASE ? newCommodities.get(id - PROVISIONAL_BASE) : catalog.commodity(id).code();
        }

        private void problem(int line, String key, Object... args) {
            problemCount++;
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(new Problem(line, key, args));
            }
        }

        private static String unitKey(String unit) {
            String k = Codes.matchKey(unit);
            return k.startsWith("RP/") ? k.substring(3) : k;
        }
    }

    static long key(int epochDay, int marketId, int commodityId) {
        return ((long) epochDay << 32) | ((long) marketId << 16) | commodityId;
    }

    static LocalDate dayOf(long key) {
        return LocalDate.ofEpochDay(key >>> 32);
    }

    static int marketOf(long key) {
        return (int) (key >>> 16) & 0xFFFF;
    }

    static int commodityOf(long key) {
        return (int) key & 0xFFFF;
    }

    private static final Comparator<PricePoint> STORAGE_ORDER = Comparator.comparingInt(PricePoint::commodityId)
            .thenComparingInt(PricePoint::marketId).thenComparing(PricePoint::date);

    /** Compares the checked rows with what is stored, month by month, and (unless a dry run) writes the difference. */
    private final class Writer {
        private final Store.Tx tx;
        private final RowChecker rows;
        private final Actor actor;
        private final Instant now;
        private final String fileName;
        private final String sha256;
        private final boolean write;
        private final Map<Integer, Integer> realIds = new HashMap<>();
        private final Map<Long, long[]> monthDelta = new HashMap<>();
        private final List<PricePoint> inserts = new ArrayList<>(BATCH);
        private final List<PricePoint> updates = new ArrayList<>(BATCH);
        private int inserted;
        private int updated;
        private int unchanged;

        Writer(Store.Tx tx, RowChecker rows, Actor actor, Instant now, String fileName,
               String sha256, boolean write) {
            this.tx = tx;
            this.rows = rows;
            this.actor = actor;
            this.now = now;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.write = write;
        }

        ImportResult run() {
            List<String> createdMarkets = new ArrayList<>();
            List<String> createdCommodities = new ArrayList<>();
            if (write) {
                createMissing(createdMarkets, createdCommodities);
            } else {
                createdMarkets.addAll(rows.newMarkets);
                createdCommodities.addAll(rows.newCommodities);
            }
            PriceDao prices = tx.prices();
            // On an empty store there is nothing to compare with: skip the look-ups (and their memory).
            boolean storeEmpty = prices.firstDay().isEmpty();
            int[] order = rows.order;
            int i = 0;
            while (i < rows.size) {
                LocalDate monthStart = dayOf(rows.keys[order[i]]).withDayOfMonth(1);
                LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
                int j = i;
                Set<Integer> markets = new HashSet<>();
                while (j < rows.size && !dayOf(rows.keys[order[j]]).isAfter(monthEnd)) {
                    int m = marketOf(rows.keys[order[j]]);
                    if (m < PROVISIONAL_BASE) {
                        markets.add(m);
                    }
                    j++;
                }
                Map<Long, Long> stored = new HashMap<>();
                if (!storeEmpty && !markets.isEmpty()) {
                    for (PricePoint p : prices.existing(monthStart, monthEnd, markets)) {
                        stored.put(key((int) p.date().toEpochDay(), p.marketId(), p.commodityId()), p.priceRp());
                    }
                }
                for (int k = i; k < j; k++) {
                    compare(rows.keys[order[k]], rows.prices[order[k]], stored);
                }
                flush(false);
                i = j;
            }
            flush(true);
            if (write) {
                for (Map.Entry<Long, long[]> e : monthDelta.entrySet()) {
                    long k = e.getKey();
                    prices.addToMonth(marketOf(k), commodityOf(k), dayOf(k), e.getValue()[0],
                            (int) e.getValue()[1]);
                }
                String counts = "file=" + fileName + "; sha256=" + sha256 + "; inserted=" + inserted + "; updated="
                        + updated + "; unchanged=" + unchanged + "; missing=" + rows.missing;
                journal.local(tx, new AuditEntry(now, actor.username(), actor.device(), "import_ledger",
                        sha256, null, counts, null));
                tx.importLedger().record(sha256, fileName, actor.username(), inserted + updated, rows.missing,
                        unchanged);
            }
            return new ImportResult(fileName, sha256, false, null, !write, inserted, updated, unchanged,
                    rows.missing, createdMarkets, createdCommodities);
        }

        private void compare(long key, long price, Map<Long, Long> stored) {
            int m = real(marketOf(key));
            int c = real(commodityOf(key));
            LocalDate day = dayOf(key);
            Long old = stored.get(key);
            long monthKey = key((int) day.withDayOfMonth(1).toEpochDay(), m, c);
            if (old == null) {
                inserted++;
                if (write) {
                    inserts.add(new PricePoint(m, c, day, price));
                    addDelta(monthKey, price, 1);
                }
            } else if (old == price) {
                unchanged++;
            } else {
                updated++;
                if (write) {
                    updates.add(new PricePoint(m, c, day, price));
                    addDelta(monthKey, price - old, 0);
                }
            }
        }

        private void addDelta(long monthKey, long sum, int count) {
            long[] d = monthDelta.computeIfAbsent(monthKey, k -> new long[2]);
            d[0] += sum;
            d[1] += count;
        }

        private void flush(boolean all) {
            if (!write) {
                return;
            }
            if (!inserts.isEmpty()) {
                // Rows arrive by day; stored by commodity and market, each series' month lands on neighbouring
                // index pages instead of touching hundreds of pages per day.
                inserts.sort(STORAGE_ORDER);
                // Each price is also a change of the journal (DESIGN §10), stored with it in one batch.
                for (int from = 0; from < inserts.size(); from += BATCH) {
                    journal.importPrices(tx, actor, inserts.subList(from, Math.min(inserts.size(), from + BATCH)),
                            List.of(), "impor " + fileName);
                }
                inserts.clear();
            }
            if (updates.size() >= BATCH || (all && !updates.isEmpty())) {
                journal.importPrices(tx, actor, List.of(), updates, "impor " + fileName);
                updates.clear();
            }
        }

        private int real(int id) {
            // A dry run creates nothing: rows of markets and commodities still to be created are simply new.
            return id >= PROVISIONAL_BASE && write ? realIds.get(id) : id;
        }

        private void createMissing(List<String> createdMarkets, List<String> createdCommodities) {
            Set<String> codes = new HashSet<>();
            rows.catalog.markets().forEach(m -> codes.add(m.code()));
            rows.catalog.commodities().forEach(c -> codes.add(c.code()));
            String reason = "impor " + fileName;
            for (int i = 0; i < rows.newMarkets.size(); i++) {
                String name = rows.newMarkets.get(i);
                String code = uniqueCode(name, codes);
                journal.write(tx, actor, Codecs.MARKET, code, new MarketCodec.Value(name, null, null, true), reason);
                realIds.put(PROVISIONAL_BASE + i, tx.markets().byCode(code).orElseThrow().id());
                createdMarkets.add(code + " " + name);
            }
            if (!rows.newCommodities.isEmpty()) {
                String group = otherGroup(reason);
                int sort = tx.commodities().maxSortOrder();
                for (int i = 0; i < rows.newCommodities.size(); i++) {
                    String name = rows.newCommodities.get(i);
                    String code = uniqueCode(name, codes);
                    journal.write(tx, actor, Codecs.COMMODITY, code, new CommodityCodec.Value(name, null,
                            rows.newCommodityUnits.get(i), group, true, ++sort), reason);
                    realIds.put(PROVISIONAL_BASE + i, tx.commodities().byCode(code).orElseThrow().id());
                    createdCommodities.add(code + " " + name);
                }
            }
        }

        private String otherGroup(String reason) {
            for (CommodityGroup g : rows.catalog.groups()) {
                if (g.code().equals(OTHER_GROUP)) {
                    return g.code();
                }
            }
            journal.write(tx, actor, Codecs.GROUP, OTHER_GROUP, new GroupCodec.Value("Lainnya", 0, false), reason);
            return OTHER_GROUP;
        }
    }

    /** A code from a name: "Pasar Gedèg" → "PASAR-GEDEG", with -2, -3… when taken. */
    static String uniqueCode(String name, Set<String> taken) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "BARU";
        }
        if (base.length() > 28) {
            base = base.substring(0, 28).replaceAll("-+$", "");
        }
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        taken.add(code);
        return code;
    }
}
