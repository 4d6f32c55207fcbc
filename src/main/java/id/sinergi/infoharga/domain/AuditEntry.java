package id.sinergi.infoharga.domain;

import java.time.Instant;

/**
 * One change of stored data: who, when, what (table and key), old and new values, why. {@code oldValue} is null
 * for a creation, {@code newValue} for a removal.
 */
public record AuditEntry(Instant at, String actor, String device, String tableName, String rowKey,
                         String oldValue, String newValue, String reason) {
}
