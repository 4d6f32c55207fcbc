package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.DeviceDao;
import id.sinergi.infoharga.store.Store;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * The changes of some origins after given sequences, in the order they are applied elsewhere: by Lamport counter,
 * then device id, then sequence. Each origin's changes are read in sequence order a page at a time (their counters
 * rise with their sequence) and merged, so a quarter of a million changes pass in bounded memory and without a
 * sort. Read inside one transaction or handle.
 */
final class ChangeFeed implements Iterator<Change> {
    static final int PAGE = 2_000;
    private static final Comparator<Source> ORDER = Comparator.<Source>comparingLong(s -> s.head().lamport())
            .thenComparing(s -> s.device, Devices.ORDER).thenComparingLong(s -> s.head().seq());

    private final ChangeLogDao log;
    private final Map<Integer, UUID> devices = new HashMap<>();
    private final PriorityQueue<Source> sources = new PriorityQueue<>(ORDER);

    /** @param after per origin device, the sequence after which its changes are wanted */
    ChangeFeed(Store.Tx tx, Map<UUID, Long> after) {
        this.log = tx.changeLog();
        for (DeviceDao.DeviceRow d : tx.devices().all()) {
            devices.put(d.id(), d.deviceId());
            Long from = after.get(d.deviceId());
            if (from != null && d.knownSeq() > from) {
                Source s = new Source(d.id(), d.deviceId(), from, d.knownSeq());
                if (s.fill()) {
                    sources.add(s);
                }
            }
        }
    }

    @Override
    public boolean hasNext() {
        return !sources.isEmpty();
    }

    @Override
    public Change next() {
        Source s = sources.poll();
        if (s == null) {
            throw new NoSuchElementException();
        }
        ChangeLogDao.Row r = s.page.poll();
        if (!s.page.isEmpty() || s.fill()) {
            sources.add(s);
        }
        return new Change(new ChangeId(s.device, r.seq()), r.lamport(), Instant.ofEpochMilli(r.atMs()), r.actor(),
                Entity.ofCode(r.entity()), r.naturalKey(), r.newValue(),
                r.baseOrigin() == null ? null : new ChangeId(devices.get(r.baseOrigin()), r.baseSeq()));
    }

    private final class Source {
        final int local;
        final UUID device;
        long after;
        /** The version vector as read at the start: changes written meanwhile wait for the next package. */
        final long until;
        final Deque<ChangeLogDao.Row> page = new ArrayDeque<>();

        Source(int local, UUID device, long after, long until) {
            this.local = local;
            this.device = device;
            this.after = after;
            this.until = until;
        }

        ChangeLogDao.Row head() {
            return page.peek();
        }

        boolean fill() {
            if (after >= until) {
                return !page.isEmpty();
            }
            List<ChangeLogDao.Row> rows = log.page(local, after, (int) Math.min(PAGE, until - after));
            page.addAll(rows);
            if (!rows.isEmpty()) {
                after = rows.get(rows.size() - 1).seq();
            }
            return !page.isEmpty();
        }
    }
}
