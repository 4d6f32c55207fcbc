package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.NameKind;
import id.sinergi.infoharga.app.ImportPlan.NameMatch;
import id.sinergi.infoharga.app.ImportPlan.NewCommodity;
import id.sinergi.infoharga.app.ImportPlan.NewMarket;
import id.sinergi.infoharga.app.ImportPlan.RowProblem;
import id.sinergi.infoharga.app.ImportPlan.UnusualPrice;
import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.Units;
import id.sinergi.infoharga.exchange.PriceColumn;
import id.sinergi.infoharga.exchange.PriceFileException;
import id.sinergi.infoharga.exchange.PriceFileReader;
import id.sinergi.infoharga.exchange.RawPriceRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads and checks one price file into an {@link ImportPlan}, writing nothing. The options are read first (a bad
 * one is refused before the file is opened), then every row as it streams past: markets and commodities by code or
 * name (ignoring case, spaces and punctuation), units as publishers write them, dates, prices; then duplicates; then,
 * once the rows themselves are sound, the entry screen's checks against the stored prices and the file's own.
 */
final class ImportPlanner {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The options as kept in the ledger (import_ledger.options is VARCHAR(1000)). */
    static final int OPTIONS_LIMIT = 1000;
    /** A cell quoted in a message is cut to this many characters. */
    static final int ECHO_LIMIT = 80;
    /** Distinct texts remembered per column; beyond this they are looked up each time (a hostile file). */
    static final int CACHE_LIMIT = 10_000;
    /** No market fixed by --market, no valid day, no commodity. */
    private static final int MISSING = CatalogNames.MISSING;

    private final Catalog catalog;
    private final StoredPrices stored;
    private final Messages messages;
    private final LocalDate today;
    private final ImportRequest request;
    private final String fileName;
    private final String sha256;
    private final Map<PriceColumn, String> columns;
    private final List<DateTimeFormatter> dateFormats;
    private final CatalogNames markets;
    private final CatalogNames commodities;
    private final Map<Integer, String> unitOfExisting = new HashMap<>();
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
        this.markets = new CatalogNames(NameKind.MARKET, catalog.markets().stream()
                .map(m -> new CatalogNames.Entry(m.id(), m.code(), List.of(m.code(), m.name()))).toList(),
                request.createMissing(), this::problem, this::echo);
        this.commodities = new CatalogNames(NameKind.COMMODITY, catalog.commodities().stream()
                .map(c -> new CatalogNames.Entry(c.id(), c.code(), List.of(c.code(), c.displayName()))).toList(),
                request.createMissing(), this::problem, this::echo);
        catalog.commodities().forEach(c -> unitOfExisting.put(c.id(), Units.normalise(c.unit())));
        if (request.market() != null) {
            int before = problemCount;
            int id = markets.find(request.market(), 0);
            if (id == CatalogNames.REFUSED && problemCount > before) {
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
            UnusualPriceScan scan = new UnusualPriceScan(keys, prices, lines, size, stored,
                    catalog.referencePrices(), markets::displayName, commodities::displayName,
                    (line, impossible) -> problem(line, null, impossible));
            scan.run();
            rows = new PlannedRows(keys, prices, lines, size, scan.flags());
            unusual = scan.listed();
            unusualCount = scan.count();
        }
        List<NewCommodity> newCommodities = new ArrayList<>();
        for (int i = 0; i < commodities.newCount(); i++) {
            int id = PlannedRows.NEW + i;
            newCommodities.add(new NewCommodity(commodities.code(id), commodities.displayName(id),
                    commodities.newUnit(id), commodities.firstLine(id)));
        }
        List<NewMarket> newMarkets = new ArrayList<>();
        for (int i = 0; i < markets.newCount(); i++) {
            int id = PlannedRows.NEW + i;
            newMarkets.add(new NewMarket(markets.code(id), markets.displayName(id), markets.firstLine(id)));
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
            if (named == CatalogNames.MISSING) {
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
            if (commodityId == CatalogNames.MISSING) {
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
        return PlannedRows.isNew(commodityId) ? commodities.newUnit(commodityId)
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

    void problem(int line, String key, Object... args) {
        problemCount++;
        if (problems.size() < ImportService.MAX_LISTED_PROBLEMS) {
            problems.add(new RowProblem(line, key, Arrays.asList(args)));
        }
    }

    /** A cell as quoted in a message: a 5 MB cell is cut, with its length said. */
    String echo(String text) {
        if (text == null || text.length() <= ECHO_LIMIT) {
            return text;
        }
        return messages.get("import.clipped", text.substring(0, ECHO_LIMIT), text.length());
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
