package id.sinergi.infoharga.domain;

import java.time.Instant;
import java.util.Set;

/**
 * An account without its password hash: who it is, what it may do, where (for an officer), and whether it is
 * waiting after failed log-ins. {@code lockedUntil} is null when it is not locked.
 */
public record UserAccount(int id, String username, Role role, boolean active, int failedLogins, Instant lockedUntil,
                          Set<Integer> marketIds, Set<Integer> outletIds) {
    public UserAccount {
        marketIds = Set.copyOf(marketIds);
        outletIds = Set.copyOf(outletIds);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
