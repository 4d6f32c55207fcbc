package id.sinergi.infoharga.domain.sync;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The highest sequence held of each origin device. Sequences have no gaps, so this says exactly which changes a
 * device holds: applying a change twice is a no-op.
 */
public record VersionVector(Map<UUID, Long> seqs) {
    public VersionVector {
        TreeMap<UUID, Long> sorted = new TreeMap<>(Devices.ORDER);
        seqs.forEach((device, seq) -> {
            if (seq != null && seq > 0) {
                sorted.put(device, seq);
            }
        });
        seqs = java.util.Collections.unmodifiableMap(sorted);
    }

    public static VersionVector empty() {
        return new VersionVector(Map.of());
    }

    public long get(UUID device) {
        return seqs.getOrDefault(device, 0L);
    }

    /** The changes held here and not in {@code other}: the sum over devices of the difference. */
    public long ahead(VersionVector other) {
        long n = 0;
        for (Map.Entry<UUID, Long> e : seqs.entrySet()) {
            n += Math.max(0, e.getValue() - other.get(e.getKey()));
        }
        return n;
    }
}
