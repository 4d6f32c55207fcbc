package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.store.Store;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The permission checks every write service makes, inside its transaction, on the account named by the
 * {@link Actor}: the role, and for an officer the assigned markets and outlets. Until the first administrator
 * exists (set-up mode) every write is refused with a message that says how to create one.
 */
public final class Authorizer {
    private final Messages messages;

    public Authorizer(Messages messages) {
        this.messages = messages;
    }

    /** Prices (entry, import) of these markets: an officer assigned to all of them, or an administrator. */
    public UserAccount requireMarkets(Store.Tx tx, Actor actor, Collection<Integer> marketIds) {
        return requireAssigned(tx, actor, marketIds, UserAccount::marketIds, "trust.denied.market",
                others -> tx.markets().all().stream().filter(m -> others.contains(m.id())).map(m -> m.name())
                        .toList());
    }

    /** Stock of these outlets: an officer assigned to all of them, or an administrator. */
    public UserAccount requireOutlets(Store.Tx tx, Actor actor, Collection<Integer> outletIds) {
        return requireAssigned(tx, actor, outletIds, UserAccount::outletIds, "trust.denied.outlet",
                others -> tx.outlets().all().stream().filter(o -> others.contains(o.id())).map(o -> o.name())
                        .toList());
    }

    private UserAccount requireAssigned(Store.Tx tx, Actor actor, Collection<Integer> requested,
                                        Function<UserAccount, Collection<Integer>> assigned, String deniedKey,
                                        Function<Set<Integer>, List<String>> names) {
        UserAccount account = requireAccount(tx, actor);
        if (account.role() == Role.ADMIN) {
            return account;
        }
        if (account.role() != Role.OFFICER) {
            throw new AccessDeniedException(messages.get("trust.denied.role", account.username(),
                    roleName(account.role())));
        }
        Set<Integer> others = new TreeSet<>(requested);
        others.removeAll(assigned.apply(account));
        if (!others.isEmpty()) {
            throw new AccessDeniedException(messages.get(deniedKey, account.username(),
                    names.apply(others).toString()));
        }
        return account;
    }

    /** Master data, users, assignments, thresholds, backups and restores. */
    public UserAccount requireAdmin(Store.Tx tx, Actor actor) {
        return requireRole(tx, actor, Role.ADMIN);
    }

    /** Acknowledging alerts and other analyst work: an analyst or an administrator. */
    public UserAccount requireAnalyst(Store.Tx tx, Actor actor) {
        return requireRole(tx, actor, Role.ANALYST, Role.ADMIN);
    }

    public UserAccount requireRole(Store.Tx tx, Actor actor, Role... allowed) {
        UserAccount account = requireAccount(tx, actor);
        for (Role r : allowed) {
            if (account.role() == r) {
                return account;
            }
        }
        throw new AccessDeniedException(messages.get("trust.denied.role", account.username(),
                roleName(account.role())));
    }

    /** An active account of this name; refuses in set-up mode. */
    public UserAccount requireAccount(Store.Tx tx, Actor actor) {
        if (tx.users().count() == 0) {
            throw new AccessDeniedException(messages.get("trust.setupMode"));
        }
        UserAccount account = tx.users().find(actor.username()).orElseThrow(
                () -> new AccessDeniedException(messages.get("trust.denied.unknown", actor.username())));
        if (!account.active()) {
            throw new AccessDeniedException(messages.get("trust.denied.disabled", account.username()));
        }
        return account;
    }

    public String roleName(Role role) {
        return messages.get("trust.role." + role.name());
    }
}
