package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.NameKind;
import id.sinergi.infoharga.app.ImportPlan.NameMatch;
import id.sinergi.infoharga.app.ImportPlan.NewCommodity;
import id.sinergi.infoharga.app.ImportPlan.NewMarket;
import id.sinergi.infoharga.app.ImportPlan.RowProblem;
import id.sinergi.infoharga.app.ImportPlan.UnusualPrice;
import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.Units;
import id.sinergi.infoharga.domain.entry.ImportedPriceCheck;
import id.sinergi.infoharga.exchange.PriceColumn;
import id.sinergi.infoharga.exchange.PriceFileException;
import id.sinergi.infoharga.exchange.PriceFileReader;
import id.sinergi.infoharga.exchange.RawPriceRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and checks one price file into an {@link ImportPlan}, writing nothing. The options are read first (a bad
 * one is refused before the file is opened), then every row as it streams past: markets and commodities by code or
 * name (ignoring case, spaces and punctuation), units as publishers write them, dates, prices; then duplicates; then,
 * once the rows themselves are sound, the entry screen's checks against the stored prices and the file's own.
 */
final class ImportPlanner {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** One file creates at most this many markets, and as many commodities: more is a wrong column, not data. */
    static final int MAX_NEW = 1_000;
    /** The options as kept in the ledger (import_ledger.options is VARCHAR(1000)). */
    static final int OPTIONS_LIMIT = 1000;
    /** A cell quoted in a message is cut to this many characters. */
    static final int ECHO_LIMIT = 80;
    /** Distinct texts remembered per column; beyond this they are looked up each time (a hostile file). */
    private static final int CACHE_LIMIT = 10_000;
    /** Not in the catalogue (and not to be created). */
    private static final int MISSING = -1;
    /** Not in the catalogue, and refused as a new entry with a problem of its own (name too long, too many). */
    private static final int REFUSED = -2;

    private final Catalog catalog;
    private final StoredPrices stored;
    private final Messages messages;
    private final LocalDate today;
    private final ImportRequest request;
    private final String fileName;
    private final String sha256;
    private final Map<PriceColumn, String> columns;
    private final List<DateTimeFormatter> dateFormats;
    private final Names markets;
    private final Names commodities;
    private final Map<Integer, String> unitOfExisting = new HashMap<>();
    private final List<String> newCommodityUnits = new ArrayList<>();
    private final int fixedMarket;
    private final String options;
    private final String importKey;

    private final List<RowProblem> problems = new ArrayList<>();
    private int problemCount;
    private int missing;
    private int size;
    private long[] keys = new long[1024];
    private long[] prices = new long[1024];
    private int[] lines = new int[1024];
    private final Map<String, Integer> dayCache = new HashMap<>();
    private final Map<String, String> unitCache = new HashMap<>();

    /**
     * Reads the request's options: columns, date format and {@code --market} (which may name a market still to
     * be created); a bad one is refused with a {@link UserInputException}.
     */
    ImportPlanner(Catalog catalog, StoredPrices stored, Messages messages, LocalDate today, ImportRequest request,
                  String fileName, String sha256) {
        this.catalog = catalog;
        this.stored = stored;
        this.messages = messages;
        this.today = today;
        this.request = request;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.columns = columns(request.columns());
        this.dateFormats = dateFormats(request.dateFormat());
        this.markets = new Names(NameKind.MARKET, catalog.markets().stream()
                .map(m -> new Entry(m.id(), m.code(), List.of(m.code(), m.name()))).toList(),
                MasterDataService.MAX_NAME);
        this.commodities = new Names(NameKind.COMMODITY, catalog.commodities().stream()
                .map(c -> new Entry(c.id(), c.code(), List.of(c.code(), c.displayName()))).toList(),
                MasterDataService.MAX_NAME);
        catalog.commodities().forEach(c -> unitOfExisting.put(c.id(), Units.normalise(c.unit())));
        if (request.market() != null) {
            int before = problemCount;
            int id = markets.find(request.market(), 0);
            if (id == REFUSED && problemCount > before) {
                throw new UserInputException(messages.get("import.badMarketOption",
                        describe(problems.get(problems.size() - 1))));
            }
            if (id < 0) {
                throw new UserInputException(messages.get("import.unknownMarketOption", echo(request.market())));
            }
            fixedMarket = id;
        } else {
            fixedMarket = MISSING;
        }
        String described = describeOptions();
        this.importKey = described.isEmpty() ? sha256 : sha256Hex(sha256 + "\n" + described);
        // Kept in the ledger (VARCHAR(1000)); the key above covers the whole text.
        this.options = described.length() <= OPTIONS_LIMIT ? described
                : described.substring(0, OPTIONS_LIMIT - 1) + "\u2026";
    }

    /** What makes this import "the same" as an earlier one (see {@link ImportPlan.Source}). */
    String importKey() {
        return importKey;
    }

    String options() {
        return options;
    }

    private String describeOptions() {
        List<String> parts = new ArrayList<>();
        if (fixedMarket != MISSING) {
            parts.add("--market " + markets.code(fixedMarket));
        }
        if (!columns.isEmpty()) {
            parts.add("--columns " + String.join(",", columns.entrySet().stream()
                    .map(e -> e.getKey().key() + "=" + e.getValue()).toList()));
        }
        if (request.dateFormat() != null) {
            parts.add("--date-format " + request.dateFormat());
        }
        return String.join(" ", parts);
    }

    /** Reads the whole file and checks it. A file that cannot be read at all is a {@link UserInputException}. */
    ImportPlan plan(Path file) {
        PriceFileReader reader = new PriceFileReader(columns, fixedMarket == MISSING);
        try {
            reader.read(file, this::accept);
        } catch (PriceFileException e) {
            throw new UserInputException(messages.get(e.messageKey(), e.args()));
        }
        ImportPlan.Source source = new ImportPlan.Source(fileName, sha256, importKey, options, reader.sheetName(),
                reader.sheetCount());
        PlannedRows rows = PlannedRows.empty();
        List<UnusualPrice> unusual = List.of();
        int unusualCount = 0;
        if (problemCount == 0) {
            sortByKey();
            findDuplicates();
        }
        if (problemCount == 0) {
            UnusualScan scan = new UnusualScan();
            scan.run();
            rows = new PlannedRows(keys, prices, lines, size, scan.flags);
            unusual = scan.listed;
            unusualCount = scan.count;
        }
        List<NewCommodity> newCommodities = new ArrayList<>();
        for (int i = 0; i < commodities.newNames.size(); i++) {
            newCommodities.add(new NewCommodity(commodities.newCodes.get(i), commodities.newNames.get(i),
                    newCommodityUnits.get(i), commodities.newLines.get(i)));
        }
        List<NewMarket> newMarkets = new ArrayList<>();
        for (int i = 0; i < markets.newNames.size(); i++) {
            newMarkets.add(new NewMarket(markets.newCodes.get(i), markets.newNames.get(i), markets.newLines.get(i)));
        }
        List<NameMatch> normalised = new ArrayList<>(markets.matches());
        normalised.addAll(commodities.matches());
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        return new ImportPlan(source, rows, missing, newMarkets, newCommodities, normalised, problems, problemCount,
                unusual, unusualCount);
    }

    // ---- one row ----

    private void accept(RawPriceRow row) {
        int line = row.line();
        if (row.defect() != null) {
            problem(line, row.defect().messageKey(), row.defect().args().toArray());
            return;
        }
        int before = problemCount;
        int marketId = fixedMarket;
        if (row.market() != null && !row.market().isEmpty()) {
            int named = markets.find(row.market(), line);
            if (named == MISSING) {
                problem(line, "import.row.unknownMarket", echo(row.market()));
            } else if (named >= 0 && fixedMarket != MISSING && named != fixedMarket) {
                problem(line, "import.row.marketConflict", echo(row.market()), markets.label(fixedMarket));
            }
            marketId = named;
        } else if (marketId == MISSING) {
            problem(line, "import.row.noMarket");
        }
        int commodityId = MISSING;
        if (row.commodity().isEmpty()) {
            problem(line, "import.row.noCommodity");
        } else {
            commodityId = commodities.find(row.commodity(), line, row.unit());
            if (commodityId == MISSING) {
                problem(line, "import.row.unknownCommodity", echo(row.commodity()));
            } else if (commodityId >= 0 && row.unit() != null && !row.unit().isEmpty()) {
                String unit = unitCache.size() < CACHE_LIMIT
                        ? unitCache.computeIfAbsent(row.unit(), Units::normalise) : Units.normalise(row.unit());
                String expected = unitOf(commodityId);
                if (!expected.isEmpty() && !unit.equals(expected)) {
                    problem(line, "import.row.unitMismatch", echo(row.unit()), echo(unit), expected,
                            commodities.displayName(commodityId));
                }
            }
        }
        int day = day(line, row.date());
        String priceText = row.price();
        OptionalLong price = PriceText.parse(priceText);
        boolean empty = priceText.isEmpty();
        if (!empty && price.isEmpty()) {
            problem(line, "import.row.badPrice", echo(priceText));
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
        keys[size] = PlannedRows.key(day, marketId, commodityId);
        prices[size] = price.getAsLong();
        lines[size] = line;
        size++;
    }

    private String unitOf(int commodityId) {
        return PlannedRows.isNew(commodityId) ? newCommodityUnits.get(commodityId - PlannedRows.NEW)
                : unitOfExisting.getOrDefault(commodityId, "");
    }

    private int day(int line, String text) {
        if (text.isEmpty()) {
            problem(line, "import.row.noDate");
            return MISSING;
        }
        Integer cached = dayCache.get(text);
        if (cached != null) {
            return cached;
        }
        for (DateTimeFormatter f : dateFormats) {
            try {
                LocalDate d = LocalDate.parse(text, f);
                if (d.isBefore(EARLIEST) || d.isAfter(today)) {
                    problem(line, "import.row.dateOutOfRange", echo(text), EARLIEST.toString(), today.toString());
                    return MISSING;
                }
                int epochDay = (int) d.toEpochDay();
                if (dayCache.size() < CACHE_LIMIT) {
                    dayCache.put(text, epochDay);
                }
                return epochDay;
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        problem(line, "import.row.badDate", echo(text));
        return MISSING;
    }

    private void problem(int line, String key, Object... args) {
        problemCount++;
        if (problems.size() < ImportService.MAX_LISTED_PROBLEMS) {
            problems.add(new RowProblem(line, key, Arrays.asList(args)));
        }
    }

    /** A cell as quoted in a message: a 5 MB cell is cut, with its length said. */
    private String echo(String text) {
        if (text == null || text.length() <= ECHO_LIMIT) {
            return text;
        }
        return messages.get("import.clipped", text.substring(0, ECHO_LIMIT), text.length());
    }

    /** The start of a text whose length the message states anyway. */
    private static String head(String text) {
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "\u2026";
    }

    private String describe(RowProblem p) {
        return messages.get(p.key(), p.args().toArray());
    }

    // ---- all rows ----

    private void sortByKey() {
        int[] order = IndexSort.byKey(keys, size);
        long[] k = new long[size];
        long[] p = new long[size];
        int[] l = new int[size];
        for (int i = 0; i < size; i++) {
            k[i] = keys[order[i]];
            p[i] = prices[order[i]];
            l[i] = lines[order[i]];
        }
        keys = k;
        prices = p;
        lines = l;
    }

    /** Each (market, commodity, day) once per file; a second occurrence is a problem at its line. */
    private void findDuplicates() {
        for (int i = 1; i < size; i++) {
            if (keys[i] == keys[i - 1]) {
                long k = keys[i];
                problem(Math.max(lines[i], lines[i - 1]), "import.row.duplicate",
                        markets.label(PlannedRows.marketOf(k)), commodities.label(PlannedRows.commodityOf(k)),
                        LocalDate.ofEpochDay(PlannedRows.epochDay(k)).toString(),
                        String.valueOf(Math.min(lines[i], lines[i - 1])));
            }
        }
    }

    /**
     * The entry screen's checks for every row, in day order: against the market's last usual price before the day
     * (stored or earlier in the file), the median of the other markets' prices of the day (stored, with the file's
     * rows in place of what they replace), and the reference price when there is neither. An unusual price does not
     * become the "last price" of the next day, so one slip does not make its honest neighbour look unusual.
     */
    private final class UnusualScan {
        final BitSet flags = new BitSet();
        final List<UnusualPrice> listed = new ArrayList<>();
        int count;
        /** Per series (market, commodity): its last usual price and that day, {price, epochDay}. */
        private final Map<Long, long[]> last = new HashMap<>();
        private final Map<Integer, List<ReferencePrice>> references = new HashMap<>();
        private final boolean storeEmpty = stored.isEmpty();

        void run() {
            for (ReferencePrice r : catalog.referencePrices()) {
                references.computeIfAbsent(r.commodityId(), k -> new ArrayList<>()).add(r);
            }
            int i = 0;
            LocalDate loadedUpTo = null;
            while (i < size) {
                LocalDate monthStart = LocalDate.ofEpochDay(PlannedRows.epochDay(keys[i])).withDayOfMonth(1);
                LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
                int monthEndDay = (int) monthEnd.toEpochDay();
                int j = i;
                while (j < size && PlannedRows.epochDay(keys[j]) <= monthEndDay) {
                    j++;
                }
                List<PricePoint> month = List.of();
                if (!storeEmpty) {
                    boolean gap = loadedUpTo == null || !loadedUpTo.plusDays(1).equals(monthStart);
                    if (gap) {
                        lastStoredBefore(i, j, monthStart);
                    }
                    month = new ArrayList<>(stored.between(monthStart, monthEnd));
                    month.sort(java.util.Comparator.comparing(PricePoint::date));
                    loadedUpTo = monthEnd;
                }
                scanMonth(i, j, month);
                i = j;
            }
        }

        /** After months without rows (or at the start), each series' last stored price before the month. */
        private void lastStoredBefore(int from, int to, LocalDate monthStart) {
            Set<Long> series = new HashSet<>();
            for (int k = from; k < to; k++) {
                int m = PlannedRows.marketOf(keys[k]);
                int c = PlannedRows.commodityOf(keys[k]);
                if (!PlannedRows.isNew(m) && !PlannedRows.isNew(c) && series.add(PlannedRows.seriesOf(keys[k]))) {
                    long s = PlannedRows.seriesOf(keys[k]);
                    stored.lastBefore(m, c, monthStart)
                            .ifPresent(p -> remember(s, p.priceRp(), (int) p.date().toEpochDay()));
                }
            }
        }

        private void remember(long series, long price, int epochDay) {
            long[] known = last.get(series);
            if (known == null) {
                last.put(series, new long[] {price, epochDay});
            } else if (known[1] <= epochDay) {
                known[0] = price;
                known[1] = epochDay;
            }
        }

        private void scanMonth(int from, int to, List<PricePoint> month) {
            // Stored prices of the month by day, then by commodity.
            Map<Integer, Map<Integer, List<PricePoint>>> storedByDay = new TreeMap<>();
            for (PricePoint p : month) {
                storedByDay.computeIfAbsent((int) p.date().toEpochDay(), d -> new HashMap<>())
                        .computeIfAbsent(p.commodityId(), c -> new ArrayList<>()).add(p);
            }
            Set<Integer> days = new java.util.TreeSet<>(storedByDay.keySet());
            for (int k = from; k < to; k++) {
                days.add(PlannedRows.epochDay(keys[k]));
            }
            int k = from;
            for (int day : days) {
                int start = k;
                while (k < to && PlannedRows.epochDay(keys[k]) == day) {
                    k++;
                }
                Map<Integer, List<PricePoint>> storedToday = storedByDay.getOrDefault(day, Map.of());
                checkDay(day, start, k, storedToday);
                // Then the day becomes history: stored prices the file does not replace, and the file's usual ones.
                for (List<PricePoint> points : storedToday.values()) {
                    for (PricePoint p : points) {
                        long key = PlannedRows.key(day, p.marketId(), p.commodityId());
                        if (Arrays.binarySearch(keys, start, k, key) < 0) {
                            remember(PlannedRows.seriesOf(key), p.priceRp(), day);
                        }
                    }
                }
                for (int r = start; r < k; r++) {
                    if (!flags.get(r)) {
                        remember(PlannedRows.seriesOf(keys[r]), prices[r], day);
                    }
                }
            }
        }

        private void checkDay(int day, int from, int to, Map<Integer, List<PricePoint>> storedToday) {
            if (from == to) {
                return;
            }
            // The day's rows by commodity: (commodity << 32 | row).
            long[] byCommodity = new long[to - from];
            for (int r = from; r < to; r++) {
                byCommodity[r - from] = ((long) PlannedRows.commodityOf(keys[r]) << 32) | r;
            }
            Arrays.sort(byCommodity);
            int g = 0;
            while (g < byCommodity.length) {
                int c = (int) (byCommodity[g] >>> 32);
                int h = g;
                while (h < byCommodity.length && (int) (byCommodity[h] >>> 32) == c) {
                    h++;
                }
                checkGroup(day, c, byCommodity, g, h, storedToday.getOrDefault(c, List.of()));
                g = h;
            }
        }

        /**
         * One commodity on one day: every market's price, the file's in place of the stored ones. A file price that
         * is already unusual against its own market's last price is left out of the others' median, so that one slip
         * does not drag the median for its neighbours.
         */
        private void checkGroup(int day, int commodity, long[] rowsByCommodity, int from, int to,
                                List<PricePoint> storedPrices) {
            Set<Integer> fileMarkets = new HashSet<>();
            long[] all = new long[(to - from) + storedPrices.size()];
            ImportedPriceCheck.Finding[] againstLast = new ImportedPriceCheck.Finding[to - from];
            int n = 0;
            for (int g = from; g < to; g++) {
                int r = (int) rowsByCommodity[g];
                fileMarkets.add(PlannedRows.marketOf(keys[r]));
                long[] known = last.get(PlannedRows.seriesOf(keys[r]));
                if (known != null) {
                    againstLast[g - from] = ImportedPriceCheck.check(prices[r], known[0], 0, 0).orElse(null);
                }
                if (againstLast[g - from] == null) {
                    all[n++] = prices[r];
                }
            }
            for (PricePoint p : storedPrices) {
                if (!fileMarkets.contains(p.marketId())) {
                    all[n++] = p.priceRp();
                }
            }
            Arrays.sort(all, 0, n);
            for (int g = from; g < to; g++) {
                int r = (int) rowsByCommodity[g];
                long[] known = last.get(PlannedRows.seriesOf(keys[r]));
                if (againstLast[g - from] != null) {
                    record(r, day, againstLast[g - from], known, n, null);
                    continue;
                }
                long price = prices[r];
                long median = medianWithout(all, n, price);
                long lastRp = known == null ? 0 : known[0];
                long reference = 0;
                ReferencePrice ref = null;
                if (lastRp == 0 && median == 0) {
                    ref = referenceOn(commodity, LocalDate.ofEpochDay(day));
                    reference = ref == null ? 0 : ref.highRp();
                }
                Optional<ImportedPriceCheck.Finding> finding = ImportedPriceCheck.check(price, lastRp, median,
                        reference);
                if (finding.isPresent()) {
                    record(r, day, finding.get(), known, n - 1, ref);
                }
            }
        }

        private void record(int r, int day, ImportedPriceCheck.Finding f, long[] known, int others,
                            ReferencePrice ref) {
            UnusualPrice u = new UnusualPrice(lines[r], markets.displayName(PlannedRows.marketOf(keys[r])),
                    commodities.displayName(PlannedRows.commodityOf(keys[r])), LocalDate.ofEpochDay(day), f,
                    known == null ? null : LocalDate.ofEpochDay(known[1]), others,
                    ref == null ? null : ref.kind().name());
            if (f.kind() == ImportedPriceCheck.Kind.IMPOSSIBLE) {
                problem(lines[r], null, u);
                return;
            }
            flags.set(r);
            count++;
            if (listed.size() < ImportService.MAX_LISTED_PROBLEMS) {
                listed.add(u);
            }
        }

        private ReferencePrice referenceOn(int commodity, LocalDate day) {
            ReferencePrice best = null;
            for (ReferencePrice r : references.getOrDefault(commodity, List.of())) {
                if (r.validOn(day) && (best == null || r.validFrom().isAfter(best.validFrom()))) {
                    best = r;
                }
            }
            return best;
        }
    }

    /** The median of the sorted {@code all[0..n)} without one occurrence of {@code own}; 0 when nothing is left. */
    static long medianWithout(long[] all, int n, long own) {
        int m = n - 1;
        if (m <= 0) {
            return 0;
        }
        int skip = Arrays.binarySearch(all, 0, n, own);
        if (m % 2 == 1) {
            return at(all, m / 2, skip);
        }
        return (at(all, m / 2 - 1, skip) + at(all, m / 2, skip)) / 2;
    }

    private static long at(long[] sorted, int rank, int skip) {
        return sorted[rank < skip ? rank : rank + 1];
    }

    // ---- names ----

    /** A catalogue entry and the texts that name it exactly. */
    private record Entry(int id, String code, List<String> exactTexts) {
    }

    /**
     * Markets or commodities by code or name, matched ignoring case, spaces and punctuation; names not in the
     * catalogue become new entries when the request says so.
     */
    private final class Names {
        private final NameKind kind;
        private final int maxName;
        private final Map<String, Integer> byKey = new HashMap<>();
        private final Map<Integer, Entry> entries = new HashMap<>();
        private final Map<String, Found> cache = new HashMap<>();
        private final Map<String, NameCount> normalised = new LinkedHashMap<>();
        private final Set<String> takenCodes = new HashSet<>();
        final List<String> newNames = new ArrayList<>();
        final List<String> newCodes = new ArrayList<>();
        final List<Integer> newLines = new ArrayList<>();

        Names(NameKind kind, List<Entry> catalogue, int maxName) {
            this.kind = kind;
            this.maxName = maxName;
            for (Entry e : catalogue) {
                if (e.id() >= PlannedRows.NEW) {
                    throw new IllegalStateException(kind + " ids beyond " + PlannedRows.NEW);
                }
                entries.put(e.id(), e);
                takenCodes.add(e.code());
                for (String t : e.exactTexts()) {
                    byKey.putIfAbsent(Codes.matchKey(t), e.id());
                }
            }
        }

        int find(String text, int line) {
            return find(text, line, null);
        }

        /** The entry's id, a new id when it is to be created, {@link #MISSING} or {@link #REFUSED}. */
        int find(String text, int line, String unit) {
            Found found = cache.get(text);
            if (found != null) {
                if (found.match != null) {
                    found.match.rows++;
                }
                return found.id;
            }
            String key = Codes.matchKey(text);
            Integer id = byKey.get(key);
            if (id == null) {
                if (!request.createMissing() || key.isEmpty()) {
                    return MISSING;
                }
                id = create(text, line, unit);
                if (id < 0) {
                    return id;
                }
            }
            NameCount match = null;
            String plain = text.strip();
            boolean exact = PlannedRows.isNew(id) ? newNames.get(id - PlannedRows.NEW).equals(plain)
                    : entries.get(id).exactTexts().contains(plain);
            if (!exact) {
                match = normalised.computeIfAbsent(plain, t -> new NameCount());
                match.id = id;
                match.rows++;
            }
            if (cache.size() < CACHE_LIMIT) {
                cache.put(text, new Found(id, match));
            }
            return id;
        }

        private int create(String text, int line, String unit) {
            String name = text.strip().replaceAll("\\s+", " ");
            if (name.length() > maxName) {
                problem(line, kind == NameKind.MARKET ? "import.row.marketNameTooLong"
                        : "import.row.commodityNameTooLong", head(name), name.length(), maxName);
                return REFUSED;
            }
            if (newNames.size() >= MAX_NEW) {
                problem(line, kind == NameKind.MARKET ? "import.row.tooManyNewMarkets"
                        : "import.row.tooManyNewCommodities", echo(name), MAX_NEW);
                return REFUSED;
            }
            if (kind == NameKind.COMMODITY) {
                String u = Units.normalise(unit);
                if (u.isEmpty()) {
                    problem(line, "import.row.newCommodityWithoutUnit", echo(name));
                } else if (u.length() > Units.MAX_LENGTH) {
                    problem(line, "import.row.unitTooLong", head(unit), u.length(), Units.MAX_LENGTH);
                }
                newCommodityUnits.add(u);
            }
            int id = PlannedRows.NEW + newNames.size();
            newNames.add(name);
            newCodes.add(uniqueCode(name, takenCodes));
            newLines.add(line);
            byKey.put(Codes.matchKey(text), id);
            return id;
        }

        /** In messages about duplicates: the code, or the name of one still to be created. */
        String label(int id) {
            return PlannedRows.isNew(id) ? newNames.get(id - PlannedRows.NEW) : entries.get(id).code();
        }

        String code(int id) {
            return PlannedRows.isNew(id) ? newCodes.get(id - PlannedRows.NEW) : entries.get(id).code();
        }

        /** The name people read: a market's name, a commodity's name with its variant. */
        String displayName(int id) {
            if (PlannedRows.isNew(id)) {
                return newNames.get(id - PlannedRows.NEW);
            }
            return entries.get(id).exactTexts().get(1);
        }

        List<NameMatch> matches() {
            List<NameMatch> out = new ArrayList<>();
            normalised.forEach((text, n) -> out.add(new NameMatch(kind, text, code(n.id), displayName(n.id),
                    n.rows)));
            return out;
        }
    }

    private record Found(int id, NameCount match) {
    }

    private static final class NameCount {
        int id;
        int rows;
    }

    /** A code from a name: "Pasar Gedèg" → "PASAR-GEDEG", with -2, -3… when taken. */
    static String uniqueCode(String name, Set<String> taken) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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

    // ---- options ----

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
            // A "Timestamp" column of a published file carries a time; the day is its date.
            return List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("d/M/uuuu"), strict("d-M-uuuu"),
                    strict("uuuu-MM-dd HH:mm[:ss]"), strict("uuuu-MM-dd'T'HH:mm[:ss]"));
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

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
