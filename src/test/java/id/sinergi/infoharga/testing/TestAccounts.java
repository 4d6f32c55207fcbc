package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.CommonPasswords;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.PasswordHasher;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Accounts for tests, so that a test that writes can act as an allowed user in a line:
 * {@code Actor admin = TestAccounts.admin(store);} or {@code TestAccounts.officer(store, "budi", marketIds)}.
 */
public final class TestAccounts {
    public static final String PASSWORD = "Rahasia-Uji-2025";
    public static final String ADMIN = "admin-uji";
    /** Audit rows written by {@link #prepareOfficerForAllMarkets}: the administrator, the officer, the assignment. */
    public static final int AUDIT_ROWS_OF_SETUP = 3;
    private static final Clock SETUP_CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> COMMON = CommonPasswords.load();

    private TestAccounts() {
    }

    public static AccountService accounts(Store store, Clock clock) {
        Messages id = new Messages(Messages.INDONESIAN);
        return new AccountService(store, clock, id, new PasswordHasher(), COMMON, new Authorizer(id));
    }

    /** The first administrator ({@value #ADMIN}, created if the folder is still in set-up mode). */
    public static Actor admin(Store store) {
        return admin(store, ADMIN);
    }

    /**
     * Makes {@code name} the first administrator (password {@value #PASSWORD}) of a folder in set-up mode, so that
     * a test's own actor of that name may write anything. One audit row (table {@code app_user}).
     */
    public static Actor admin(Store store, String name) {
        AccountService accounts = accounts(store, SETUP_CLOCK);
        if (accounts.setupMode()) {
            accounts.createFirstAdmin(name, PASSWORD, "test");
        }
        return new Actor(accounts.account(name).isPresent() ? name : ADMIN, "test");
    }

    /**
     * Makes each name an administrator (the first one the first administrator if the folder is in set-up mode), so
     * that tests written before accounts existed may act as they did.
     */
    public static void admins(Store store, String... names) {
        AccountService accounts = accounts(store, SETUP_CLOCK);
        for (String name : names) {
            if (accounts.setupMode()) {
                accounts.createFirstAdmin(name, PASSWORD, "test");
            } else if (accounts.account(name).isEmpty()) {
                accounts.createUser(new Actor(anyAdmin(store), "test"), name, Role.ADMIN, PASSWORD);
            }
        }
    }

    private static String anyAdmin(Store store) {
        return store.read(tx -> tx.users().all()).stream().filter(u -> u.role() == Role.ADMIN && u.active())
                .findFirst().orElseThrow().username();
    }

    /** An officer assigned to the given markets (and no outlet). */
    public static Actor officer(Store store, String name, Collection<Integer> marketIds) {
        return user(store, name, Role.OFFICER, marketIds, List.of());
    }

    public static Actor user(Store store, String name, Role role, Collection<Integer> marketIds,
                             Collection<Integer> outletIds) {
        Actor admin = admin(store);
        AccountService accounts = accounts(store, SETUP_CLOCK);
        accounts.createUser(admin, name, role, PASSWORD);
        if (!marketIds.isEmpty() || !outletIds.isEmpty()) {
            accounts.assign(admin, name, marketIds, outletIds);
        }
        return new Actor(name, "test");
    }

    /** Prepares {@code folder} with an officer allowed to write every market; returns the officer's name. */
    public static String prepareOfficerForAllMarkets(Path folder) {
        return prepareOfficerForAllMarkets(folder, "petugas-uji").username();
    }

    /** An administrator and an officer of every market and outlet, in a new folder. */
    public static Actor prepareOfficerForAllMarkets(Path folder, String name) {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            List<Integer> markets = store.read(tx -> tx.markets().all()).stream().map(Market::id).toList();
            List<Integer> outlets = store.read(tx -> tx.outlets().all()).stream().map(Outlet::id).toList();
            return user(store, name, Role.OFFICER, markets, outlets);
        }
    }
}
