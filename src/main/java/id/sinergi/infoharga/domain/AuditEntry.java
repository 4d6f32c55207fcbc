package id.sinergi.infoharga.domain;

import id.sinergi.infoharga.domain.sync.ChangeId;

import java.time.Instant;

/**
 * One change of stored data: who, when, what (table and key), old and new values, why. {@code oldValue} is null
 * for a creation, {@code newValue} for a removal. {@code origin} names the change of the change log this row records
 * (made here or on another device, DESIGN §10); null for what stays on this device (an import's summary, a log-in
 * lock, the language).
 */
public record AuditEntry(Instant at, String actor, String device, String tableName, String rowKey,
                         String oldValue, String newValue, String reason, ChangeId origin) {

    public AuditEntry(Instant at, String actor, String device, String tableName, String rowKey, String oldValue,
                      String newValue, String reason) {
        this(at, actor, device, tableName, rowKey, oldValue, newValue, reason, null);
    }
}
