package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.store.ChangeLogDao;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The change a codec writes into rows: its id, its origin's local id, its Lamport counter, when (UTC, to the ms),
 * by whom, and the name of the device it was made on (what the rows' officer and device columns record).
 */
public record Stamp(ChangeId id, int originLocal, long lamport, Instant at, String user, String deviceName) {
    public ChangeLogDao.Head head() {
        return new ChangeLogDao.Head(originLocal, id.seq(), lamport);
    }

    public OffsetDateTime atUtc() {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
