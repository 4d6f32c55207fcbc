package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditAnchor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code verify} finds anchors of the audit chain kept outside the data file. Backups are one source; exchange
 * packages and the central server add theirs by implementing this and being listed in {@code AppContext}.
 */
@FunctionalInterface
public interface AnchorSource {
    AnchorSource NONE = List::of;

    /** The anchors this source can find now; unreadable or unsigned ones are left out. */
    List<AuditAnchor> anchors();

    /** The newest anchor of several sources. */
    static Optional<AuditAnchor> newest(List<AnchorSource> sources) {
        return sources.stream().flatMap(s -> s.anchors().stream()).max(Comparator.comparing(AuditAnchor::at)
                .thenComparingLong(AuditAnchor::auditId));
    }
}
