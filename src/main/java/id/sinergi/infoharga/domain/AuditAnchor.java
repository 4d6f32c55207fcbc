package id.sinergi.infoharga.domain;

import java.time.Instant;

/**
 * A statement kept outside the data file that the audit chain had reached row {@code auditId} with hash
 * {@code rowHash} at {@code at}: a backup's signed manifest, the record of a restore, and later an exchange package
 * or the central server. The chain in the file must still hold that row with that hash; when it does not, rows were
 * deleted or rewritten after the anchor was taken (a deleted tail together with the head mark is otherwise unseen).
 *
 * @param source what holds the anchor, for the message (a file name, "server")
 */
public record AuditAnchor(long auditId, String rowHash, Instant at, String source) {
}
