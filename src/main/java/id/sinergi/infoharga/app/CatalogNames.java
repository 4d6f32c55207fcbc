package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.NameKind;
import id.sinergi.infoharga.app.ImportPlan.NameMatch;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The markets (or the commodities) a file names, found in the catalogue by code or name ignoring case, spaces and
 * punctuation; names not in the catalogue become entries to create, with a code, when the request says so. Names
 * that matched only after normalising are counted, for the user to check.
 */
final class CatalogNames {
    /** Not in the catalogue (and not to be created). */
    static final int MISSING = -1;
    /** Not in the catalogue, and refused as a new entry with a problem of its own (name too long, too many). */
    static final int REFUSED = -2;
    /** One file creates at most this many markets, and as many commodities: more is a wrong column, not data. */
    static final int MAX_NEW = 1_000;

    /** A catalogue entry and the texts that name it exactly (for a commodity: code, then name with variant). */
    record Entry(int id, String code, List<String> exactTexts) {
    }

    /** Where the problems of creating an entry go, with their line. */
    interface Problems {
        void add(int line, String key, Object... args);
    }

    private final NameKind kind;
    private final int maxName = MasterDataService.MAX_NAME;
    private final boolean createMissing;
    private final Problems problems;
    private final UnaryOperator<String> echo;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<Integer, Entry> entries = new HashMap<>();
    private final Map<String, Found> cache = new HashMap<>();
    private final Map<String, NameCount> normalised = new LinkedHashMap<>();
    private final Set<String> takenCodes = new HashSet<>();
    private final List<String> newNames = new ArrayList<>();
    private final List<String> newCodes = new ArrayList<>();
    private final List<Integer> newLines = new ArrayList<>();
    private final List<String> newUnits = new ArrayList<>();

    /**
     * @param createMissing whether names not in the catalogue become new entries
     * @param echo          how a cell is quoted in a message
     */
    CatalogNames(NameKind kind, List<Entry> catalogue, boolean createMissing, Problems problems,
                 UnaryOperator<String> echo) {
        this.kind = kind;
        this.createMissing = createMissing;
        this.problems = problems;
        this.echo = echo;
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
            if (!createMissing || key.isEmpty()) {
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
        if (cache.size() < ImportPlanner.CACHE_LIMIT) {
            cache.put(text, new Found(id, match));
        }
        return id;
    }

    private int create(String text, int line, String unit) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.length() > maxName) {
            problems.add(line, kind == NameKind.MARKET ? "import.row.marketNameTooLong"
                    : "import.row.commodityNameTooLong", head(name), name.length(), maxName);
            return REFUSED;
        }
        if (newNames.size() >= MAX_NEW) {
            problems.add(line, kind == NameKind.MARKET ? "import.row.tooManyNewMarkets"
                    : "import.row.tooManyNewCommodities", echo.apply(name), MAX_NEW);
            return REFUSED;
        }
        if (kind == NameKind.COMMODITY) {
            String u = Units.normalise(unit);
            if (u.isEmpty()) {
                problems.add(line, "import.row.newCommodityWithoutUnit", echo.apply(name));
            } else if (u.length() > Units.MAX_LENGTH) {
                problems.add(line, "import.row.unitTooLong", head(unit), u.length(), Units.MAX_LENGTH);
            }
            newUnits.add(u);
        }
        int id = PlannedRows.NEW + newNames.size();
        newNames.add(name);
        newCodes.add(uniqueCode(name, takenCodes));
        newLines.add(line);
        byKey.put(Codes.matchKey(text), id);
        return id;
    }

    /** How many entries are to be created; their ids run from {@link PlannedRows#NEW}. */
    int newCount() {
        return newNames.size();
    }

    /** The line where an entry to be created first appears (0 for the {@code --market} option). */
    int firstLine(int id) {
        return newLines.get(id - PlannedRows.NEW);
    }

    /** The unit of a commodity to be created, as read ("kg" for "Rp./Kg"); "" when the file gave none. */
    String newUnit(int id) {
        return newUnits.get(id - PlannedRows.NEW);
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

    /** The start of a text whose length the message states anyway. */
    private static String head(String text) {
        return text.length() <= ImportPlanner.ECHO_LIMIT ? text : text.substring(0, ImportPlanner.ECHO_LIMIT) + "\u2026";
    }
}
