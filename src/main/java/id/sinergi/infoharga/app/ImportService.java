package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.NameMatch;
import id.sinergi.infoharga.app.ImportPlan.RowProblem;
import id.sinergi.infoharga.app.ImportPlan.UnusualPrice;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.entry.ImportedPriceCheck;
import id.sinergi.infoharga.domain.entry.PlausibleRange;
import id.sinergi.infoharga.exchange.FileDigest;
import id.sinergi.infoharga.exchange.PriceFileException;
import id.sinergi.infoharga.store.ImportLedgerDao;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports a price file, all or nothing, in two steps: {@link ImportPlanner} reads and checks the whole file into an
 * {@link ImportPlan} (rows, problems, unusual prices, what would be created) without writing; then, when the plan is
 * clean (or its unusual prices are accepted), {@link ImportApplier} writes it in one transaction. Any problem stops
 * the import with the full list; the same import a second time changes nothing.
 */
public final class ImportService {
    /** Problems listed in full; beyond this only their number (a wrong file can have a million). */
    public static final int MAX_LISTED_PROBLEMS = 500;

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ReferenceDataService referenceData;
    private final ImportApplier applier;
    private final DateTimeFormatter dates;

    public ImportService(Store store, Clock clock, Messages messages, MasterDataService masterData) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = new Authorizer(messages);
        this.referenceData = new ReferenceDataService(store);
        this.applier = new ImportApplier(masterData, new ChangeJournal(store, clock));
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
    }

    /**
     * @param columns       header names by column key (date, market, commodity, price, unit), from {@code --columns}
     * @param market        code or name of the market for a file without a market column, or null
     * @param dateFormat    a {@link DateTimeFormatter} pattern, or null for yyyy-MM-dd, d/M/yyyy and d-M-yyyy
     * @param acceptUnusual store prices the entry screen's checks find unusual (they are listed and audited)
     */
    public record ImportRequest(Path file, String market, Map<String, String> columns, String dateFormat,
                                boolean createMissing, boolean dryRun, boolean acceptUnusual) {
        public ImportRequest {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        public ImportRequest(Path file, String market, Map<String, String> columns, String dateFormat,
                             boolean createMissing, boolean dryRun) {
            this(file, market, columns, dateFormat, createMissing, dryRun, false);
        }
    }

    /**
     * What an import did (or, in a dry run, would do).
     *
     * @param normalisedNames names that found their catalogue entry only after normalising, worded for the user
     * @param unusual         the unusual prices stored on request (or, in a dry run, found), worded, the first
     *                        {@link #MAX_LISTED_PROBLEMS}
     * @param sheet           the sheet read from an .xlsx file, or null
     */
    public record ImportResult(String fileName, String sha256, boolean alreadyImported, String earlierFileName,
                               boolean dryRun, int inserted, int updated, int unchanged, int missing,
                               List<String> createdMarkets, List<String> createdCommodities,
                               List<String> normalisedNames, List<String> unusual, int unusualCount,
                               String sheet, int sheetCount) {
        public int stored() {
            return inserted + updated;
        }
    }

    public ImportResult importPrices(Actor actor, ImportRequest request) {
        // Only officers and administrators import; which markets they may touch is known once the file is read.
        store.read(tx -> authorizer.requireRole(tx, actor, Role.OFFICER, Role.ADMIN));
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(messages.get("import.file.notFound", file));
        }
        String fileName = file.getFileName().toString();
        String sha256 = sha256(file);
        ImportPlanner planner = new ImportPlanner(referenceData.catalog(), StoredPrices.of(store), messages,
                LocalDate.now(clock), request, fileName, sha256);
        Optional<ImportLedgerDao.Entry> earlier = store.read(tx -> tx.importLedger().withKey(planner.importKey()));
        if (earlier.isPresent()) {
            return new ImportResult(fileName, sha256, true, earlier.get().fileName(), request.dryRun(), 0, 0, 0, 0,
                    List.of(), List.of(), List.of(), List.of(), 0, null, 0);
        }
        ImportPlan plan = planner.plan(file);
        if (plan.problemCount() > 0) {
            throw rejection(plan.problems(), plan.problemCount(),
                    messages.get("import.rejected", plan.problemCount()));
        }
        if (plan.unusualCount() > 0 && !request.acceptUnusual() && !request.dryRun()) {
            throw rejection(plan.unusual().stream().map(u -> new RowProblem(u.line(), null, List.of(u))).toList(),
                    plan.unusualCount(), messages.get("import.unusual.rejected", plan.unusualCount()));
        }
        // The rows, the ledger and the price changes (kept to the millisecond) must carry the very same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ImportApplier.Applied applied;
        if (request.dryRun()) {
            applied = store.read(tx -> {
                authorize(tx, actor, plan);
                return applier.apply(tx, plan, actor, now, false);
            });
        } else {
            applied = store.inTransaction(tx -> {
                authorize(tx, actor, plan);
                return applier.apply(tx, plan, actor, now, true);
            });
            store.syncToDisk();
        }
        return new ImportResult(fileName, sha256, false, null, request.dryRun(), applied.inserted(),
                applied.updated(), applied.unchanged(), plan.missing(), applied.createdMarkets(),
                applied.createdCommodities(), plan.normalisedNames().stream().map(this::describe).toList(),
                plan.unusual().stream().sorted(Comparator.comparingInt(UnusualPrice::line))
                        .map(this::describeListed).toList(),
                plan.unusualCount(), plan.source().sheetName(), plan.source().sheetCount());
    }

    /**
     * An officer's import must stay within their markets, or it is refused as a whole; creating markets or
     * commodities is master data, for an administrator.
     */
    private void authorize(Store.Tx tx, Actor actor, ImportPlan plan) {
        if (!plan.newMarkets().isEmpty() || !plan.newCommodities().isEmpty()) {
            authorizer.requireAdmin(tx, actor);
        }
        Set<Integer> markets = new TreeSet<>();
        for (int i = 0; i < plan.rows().size(); i++) {
            markets.add(plan.rows().marketId(i));
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

    private ImportRejectedException rejection(List<RowProblem> problems, int count, String summary) {
        List<String> lines = new ArrayList<>();
        problems.stream().sorted(Comparator.comparingInt(RowProblem::line)).forEach(p -> lines.add(
                messages.get("import.row.line", String.valueOf(p.line()), describe(p))));
        if (count > problems.size()) {
            lines.add(messages.get("import.row.more", count - problems.size()));
        }
        return new ImportRejectedException(lines, summary);
    }

    private String describe(RowProblem p) {
        if (p.key() == null) {
            return describe((UnusualPrice) p.args().get(0));
        }
        Object[] args = p.args().stream().map(a -> a instanceof UnusualPrice u ? describe(u) : a).toArray();
        return messages.get(p.key(), args);
    }

    private String describe(NameMatch m) {
        return messages.get(m.kind() == ImportPlan.NameKind.MARKET ? "import.normalised.market"
                : "import.normalised.commodity", m.text(), m.code(), m.name(), m.rows());
    }

    /** An unusual price as listed after an import: line, market and day, then what is unusual. */
    private String describeListed(UnusualPrice u) {
        return messages.get("import.row.line", String.valueOf(u.line()),
                messages.get("import.unusual.where", u.market(), dates.format(u.day()), describe(u)));
    }

    /** "Telur Ayam Ras Rp12 jauh di bawah harga terakhir Rp28.500 (2 Sep 2025)" and its kin. */
    private String describe(UnusualPrice u) {
        ImportedPriceCheck.Finding f = u.finding();
        String price = PriceText.rupiah(f.priceRp());
        String anchor = PriceText.rupiah(f.anchorRp());
        return switch (f.kind()) {
            case SLIP_FROM_LAST -> messages.get("import.unusual.slipLast", u.commodity(), price, anchor,
                    dates.format(u.anchorDay()), PriceText.rupiah(f.suggestedRp()));
            case FAR_FROM_LAST -> fromLast(u);
            case SLIP_FROM_MARKETS -> messages.get("import.unusual.slipMarkets", u.commodity(), price, anchor,
                    u.anchorMarkets(), PriceText.rupiah(f.suggestedRp()));
            case FAR_FROM_MARKETS -> fromMarkets(u);
            case FAR_FROM_REFERENCE -> fromReference(u);
            case IMPOSSIBLE -> messages.get("import.unusual.impossible", impossibleContext(u),
                    PriceText.rupiah(PlausibleRange.ABSOLUTE.minRp()), PriceText.rupiah(PlausibleRange.ABSOLUTE.maxRp()));
        };
    }

    /** What an impossible price is far from, when there is something to hold it against. */
    private String impossibleContext(UnusualPrice u) {
        ImportedPriceCheck.Finding f = u.finding();
        if (f.anchorRp() <= 0) {
            return u.commodity() + " " + PriceText.rupiah(f.priceRp());
        }
        if (u.anchorDay() != null) {
            return fromLast(u);
        }
        return u.anchorMarkets() > 0 ? fromMarkets(u) : fromReference(u);
    }

    private String fromLast(UnusualPrice u) {
        ImportedPriceCheck.Finding f = u.finding();
        return messages.get(f.above() ? "import.unusual.lastAbove" : "import.unusual.lastBelow", u.commodity(),
                PriceText.rupiah(f.priceRp()), PriceText.rupiah(f.anchorRp()), dates.format(u.anchorDay()));
    }

    private String fromMarkets(UnusualPrice u) {
        ImportedPriceCheck.Finding f = u.finding();
        return messages.get(f.above() ? "import.unusual.marketsAbove" : "import.unusual.marketsBelow",
                u.commodity(), PriceText.rupiah(f.priceRp()), PriceText.rupiah(f.anchorRp()), u.anchorMarkets());
    }

    private String fromReference(UnusualPrice u) {
        ImportedPriceCheck.Finding f = u.finding();
        return messages.get(f.above() ? "import.unusual.referenceAbove" : "import.unusual.referenceBelow",
                u.commodity(), PriceText.rupiah(f.priceRp()), PriceText.rupiah(f.anchorRp()), u.referenceKind());
    }
}
