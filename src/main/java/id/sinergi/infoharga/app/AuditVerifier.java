package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditAnchor;
import id.sinergi.infoharga.domain.AuditChain;
import id.sinergi.infoharga.store.AuditDao.AuditRow;
import id.sinergi.infoharga.store.IntegrityDao;
import id.sinergi.infoharga.store.Store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks that the audit chain is whole (no row edited, removed or reordered), that it still holds the newest anchor
 * kept outside the file (a backup's manifest, a restore's record: a deleted tail together with the head mark is
 * otherwise unseen), and that the database agrees with itself: every current price equals the newest value of its
 * audit rows, monthly sums equal a recomputation from the prices, no foreign key points nowhere, and every table can
 * be read through H2's SCRIPT. Used by {@code info-harga verify} and after every restore.
 */
public final class AuditVerifier {
    private final Store store;
    private final List<AnchorSource> anchors;

    public AuditVerifier(Store store) {
        this(store, List.of());
    }

    public AuditVerifier(Store store, List<AnchorSource> anchors) {
        this.store = store;
        this.anchors = List.copyOf(anchors);
    }

    /** The newest anchor that the chain no longer holds as it was. */
    public record AnchorMiss(AuditAnchor anchor, Optional<String> hashInFile) {
    }

    /** What is wrong with one audit row. */
    public enum LinkProblem {
        /** The row's content no longer gives its stored hash: it was edited. */
        CONTENT_CHANGED,
        /** The row does not follow from the row before it: a row was removed or moved. */
        PREVIOUS_MISSING
    }

    /** The first audit row where the chain breaks. */
    public record BrokenLink(long rowId, LinkProblem problem) {
    }

    /** The outcome; {@code sound()} when nothing is wrong. */
    public record Report(long auditRows, Optional<BrokenLink> brokenLink, Optional<AuditAnchor> anchor,
                         Optional<AnchorMiss> anchorMiss, List<String> priceAuditMismatches,
                         List<String> monthSumMismatches, List<String> keptDayMismatches,
                         List<String> keptWeekMismatches, List<String> orphans,
                         List<String> damagedIndexes,
                         long priceRows, long scriptLines, Optional<String> unreadable) {
        public boolean sound() {
            return brokenLink.isEmpty() && anchorMiss.isEmpty() && priceAuditMismatches.isEmpty()
                    && monthSumMismatches.isEmpty() && keptDayMismatches.isEmpty() && keptWeekMismatches.isEmpty()
                    && orphans.isEmpty() && damagedIndexes.isEmpty()
                    && unreadable.isEmpty();
        }

        /** The report in the user's words, one finding a line. */
        public List<String> lines(Messages m) {
            List<String> out = new ArrayList<>();
            out.add(brokenLink.map(b -> m.get(b.problem() == LinkProblem.CONTENT_CHANGED
                            ? "trust.verify.chainEdited" : "trust.verify.chainGap", b.rowId()))
                    .orElse(m.get("trust.verify.chainOk", auditRows)));
            if (anchorMiss.isPresent()) {
                AuditAnchor a = anchorMiss.get().anchor();
                out.add(m.get(anchorMiss.get().hashInFile().isPresent() ? "trust.verify.anchorChanged"
                        : "trust.verify.anchorMissing", a.auditId(), a.source()));
            } else {
                out.add(anchor.map(a -> m.get("trust.verify.anchorOk", a.auditId(), a.source()))
                        .orElse(m.get("trust.verify.anchorNone")));
            }
            out.add(priceAuditMismatches.isEmpty() ? m.get("trust.verify.pricesOk")
                    : m.get("trust.verify.pricesBad", priceAuditMismatches.size(),
                    String.join(", ", priceAuditMismatches)));
            out.add(monthSumMismatches.isEmpty() ? m.get("trust.verify.monthsOk")
                    : m.get("trust.verify.monthsBad", monthSumMismatches.size(), String.join(", ", monthSumMismatches)));
            out.add(keptDayMismatches.isEmpty() ? m.get("trust.verify.daysOk")
                    : m.get("trust.verify.daysBad", keptDayMismatches.size(), String.join(", ", keptDayMismatches)));
            out.add(keptWeekMismatches.isEmpty() ? m.get("trust.verify.weeksOk")
                    : m.get("trust.verify.weeksBad", keptWeekMismatches.size(), String.join(", ", keptWeekMismatches)));
            out.add(orphans.isEmpty() ? m.get("trust.verify.keysOk")
                    : m.get("trust.verify.keysBad", orphans.size(), String.join(", ", orphans)));
            out.add(damagedIndexes.isEmpty() ? m.get("trust.verify.indexesOk")
                    : m.get("trust.verify.indexesBad", String.join(", ", damagedIndexes)));
            out.add(unreadable.map(u -> m.get("trust.verify.unreadable", u))
                    .orElse(m.get("trust.verify.readOk", scriptLines)));
            out.add(m.get(sound() ? "trust.verify.sound" : "trust.verify.notSound"));
            return out;
        }
    }

    public Report verify() {
        long[] rows = {0};
        // A damaged file can hold values no row may have (a null where the schema forbids it): each check that
        // cannot read its rows becomes a finding, never a crash.
        List<String> unreadable = new ArrayList<>();
        Optional<BrokenLink> broken = readOr(unreadable, Optional.empty(), () -> store.read(tx -> {
            try (Stream<AuditRow> chain = tx.audit().streamAll()) {
                return firstBrokenLink(chain.iterator(), rows);
            }
        }));
        Optional<AuditAnchor> anchor = readOr(unreadable, Optional.empty(), () -> AnchorSource.newest(anchors));
        Optional<AnchorMiss> miss = anchor.flatMap(a -> readOr(unreadable, Optional.<AnchorMiss>empty(),
                () -> store.read(tx -> {
                    Optional<String> inFile = tx.integrity().auditHash(a.auditId());
                    return inFile.filter(a.rowHash()::equals).isPresent() ? Optional.<AnchorMiss>empty()
                            : Optional.of(new AnchorMiss(a, inFile));
                })));
        List<String> priceAudit = readOr(unreadable, List.of(),
                () -> store.read(tx -> tx.integrity().pricesUnlikeTheirAudit(
                        id.sinergi.infoharga.app.journal.Receiving.LOST_REASON)));
        List<String> months = readOr(unreadable, List.of(), () -> store.read(tx -> tx.integrity().monthSumMismatches()));
        List<String> days = readOr(unreadable, List.of(), () -> store.read(tx -> tx.integrity().keptDayMismatches()));
        List<String> weeks = readOr(unreadable, List.of(), () -> store.read(tx -> tx.integrity().keptWeekMismatches()));
        List<String> orphans = readOr(unreadable, List.of(), () -> store.read(tx -> tx.integrity().orphans()));
        long prices = readOr(unreadable, 0L, () -> store.read(tx -> tx.prices().count()));
        // The table and its indexes read as of one moment: a save committed between two fingerprints is no damage.
        List<String> damagedIndexes = readOr(unreadable, List.of(), () -> store.readSnapshot(tx -> {
            String table = tx.integrity().priceFingerprint("");
            return IntegrityDao.PRICE_INDEXES.stream()
                    .filter(index -> !tx.integrity().priceFingerprint(index).equals(table)).toList();
        }));
        long lines = readOr(unreadable, 0L, () -> store.read(tx -> {
            try (Stream<String> script = tx.integrity().script()) {
                return script.count();
            }
        }));
        return new Report(rows[0], broken, anchor, miss, priceAudit, months, days, weeks, orphans, damagedIndexes, prices, lines,
                unreadable.stream().findFirst());
    }

    /**
     * {@code checked} (a full report of this same content, e.g. of a restored copy before it was renamed into
     * place) with the anchor compared again: the one check that depends on what lies outside the file.
     */
    public Report withAnchorsOf(Report checked) {
        List<String> unreadable = new ArrayList<>();
        Optional<AuditAnchor> anchor = readOr(unreadable, Optional.empty(), () -> AnchorSource.newest(anchors));
        Optional<AnchorMiss> miss = anchor.flatMap(a -> readOr(unreadable, Optional.<AnchorMiss>empty(),
                () -> store.read(tx -> {
                    Optional<String> inFile = tx.integrity().auditHash(a.auditId());
                    return inFile.filter(a.rowHash()::equals).isPresent() ? Optional.<AnchorMiss>empty()
                            : Optional.of(new AnchorMiss(a, inFile));
                })));
        return new Report(checked.auditRows(), checked.brokenLink(), anchor, miss, checked.priceAuditMismatches(),
                checked.monthSumMismatches(), checked.keptDayMismatches(), checked.keptWeekMismatches(), checked.orphans(), checked.damagedIndexes(), checked.priceRows(),
                checked.scriptLines(), checked.unreadable().or(() -> unreadable.stream().findFirst()));
    }

    private static <T> T readOr(List<String> unreadable, T fallback, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            unreadable.add(String.valueOf(e.getMessage()));
            return fallback;
        }
    }

    /** Walks the chain from the first row; counts the rows into {@code rows[0]}. */
    static Optional<BrokenLink> firstBrokenLink(Iterator<AuditRow> chain, long[] rows) {
        String previous = AuditChain.GENESIS;
        Optional<BrokenLink> first = Optional.empty();
        while (chain.hasNext()) {
            AuditRow row = chain.next();
            rows[0]++;
            if (first.isEmpty()) {
                if (!row.prevHash().equals(previous)) {
                    first = Optional.of(new BrokenLink(row.id(), LinkProblem.PREVIOUS_MISSING));
                } else if (!AuditChain.hash(row.prevHash(), row.entry()).equals(row.rowHash())) {
                    first = Optional.of(new BrokenLink(row.id(), LinkProblem.CONTENT_CHANGED));
                }
            }
            previous = row.rowHash();
        }
        return first;
    }
}
