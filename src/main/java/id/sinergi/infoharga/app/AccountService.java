package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.AccountCodec;
import id.sinergi.infoharga.app.journal.AssignmentCodec;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.PasswordRules;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.UserDao;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Accounts: the first administrator (set-up mode), log-in with a one-minute wait after 5 failures, password changes,
 * and the administrator's user management. Every change of an account leaves an audit row; no hash ever does.
 */
public final class AccountService {
    public static final String TABLE = AccountCodec.TABLE;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final PasswordHasher hasher;
    private final Set<String> commonPasswords;
    private final Authorizer authorizer;
    private final ChangeJournal journal;
    /** Checked when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private String decoyHash;

    public AccountService(Store store, Clock clock, Messages messages, PasswordHasher hasher,
                          Set<String> commonPasswords, Authorizer authorizer) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.hasher = hasher;
        this.commonPasswords = commonPasswords;
        this.authorizer = authorizer;
        this.journal = new ChangeJournal(store, clock);
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-never-used");
        }
        return decoyHash;
    }

    /** No account exists yet: the first thing to do is to create the administrator. */
    public boolean setupMode() {
        return store.read(tx -> tx.users().count()) == 0;
    }

    public Optional<UserAccount> account(String username) {
        return store.read(tx -> tx.users().find(username));
    }

    /** Checks a new account's name and password as creating it would, without creating anything. */
    public void checkNewAccount(String username, CharSequence password) {
        checkPassword(checkedName(username), password);
    }

    /** Creates the first administrator; refused once any account exists. */
    public UserAccount createFirstAdmin(String username, CharSequence password, String device) {
        String name = checkedName(username);
        checkPassword(name, password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        UserAccount created = store.inTransaction(tx -> {
            if (tx.users().count() != 0) {
                throw new AccessDeniedException(messages.get("trust.setup.notSetupMode"));
            }
            journal.write(tx, new Actor(name, device), Codecs.ACCOUNT, name,
                    new AccountCodec.Value(Role.ADMIN, true, hash, now), "administrator pertama");
            return tx.users().find(name).orElseThrow();
        });
        store.syncToDisk();
        return created;
    }

    /**
     * Checks the password and returns the actor to act as. Five failures in a row make the account wait
     * {@link PasswordRules#LOCKOUT}; an unknown name and a wrong password get the same answer.
     */
    public Actor login(String username, CharSequence password, String device) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> found = account(name);
        if (found.isEmpty()) {
            return failUnknownName(name, password, now);
        }
        String hash = store.read(tx -> tx.users().passwordHash(name)).orElseGet(this::decoyHash);
        UserAccount account = found.get();
        if (account.lockedAt(now)) {
            long seconds = Math.max(1, java.time.Duration.between(now, account.lockedUntil()).toSeconds());
            throw new AccessDeniedException(messages.get("trust.login.locked", seconds));
        }
        if (!hasher.matches(password, hash)) {
            int failures = account.failedLogins() + 1;
            boolean lock = failures >= PasswordRules.MAX_FAILURES;
            store.inTransaction(tx -> {
                tx.users().setFailures(name, lock ? 0 : failures, lock ? now.plus(PasswordRules.LOCKOUT) : null);
                if (lock) {
                    // The wait is this device's own business: it never travels.
                    journal.local(tx, new AuditEntry(now, name, device, TABLE, name, null, null,
                            "dikunci 1 menit setelah " + PasswordRules.MAX_FAILURES + " kali gagal masuk"));
                }
                return null;
            });
            store.syncToDisk();
            throw new AccessDeniedException(messages.get(lock ? "trust.login.nowLocked" : "trust.login.wrong"));
        }
        if (!account.active()) {
            throw new AccessDeniedException(messages.get("trust.denied.disabled", name));
        }
        if (account.failedLogins() != 0 || account.lockedUntil() != null) {
            store.inTransaction(tx -> {
                tx.users().setFailures(name, 0, null);
                return null;
            });
        }
        return new Actor(name, device);
    }

    /**
     * A log-in under a name without an account answers exactly as a wrong password of a real account does: the same
     * hashing, the same stored count and syncing, the same lock after {@link PasswordRules#MAX_FAILURES} tries,
     * the same messages. Otherwise trying names would tell which accounts exist.
     */
    private Actor failUnknownName(String name, CharSequence password, Instant now) {
        String key = nameKey(name);
        Optional<id.sinergi.infoharga.store.UserDao.UnknownNameFailures> seen =
                store.read(tx -> tx.users().unknownNameFailures(key));
        if (seen.isPresent() && seen.get().lockedUntil() != null
                && seen.get().lockedUntil().toInstant().isAfter(now)) {
            long seconds = Math.max(1, java.time.Duration.between(now, seen.get().lockedUntil().toInstant())
                    .toSeconds());
            throw new AccessDeniedException(messages.get("trust.login.locked", seconds));
        }
        hasher.matches(password, decoyHash());
        int failures = seen.map(f -> f.failedLogins()).orElse(0) + 1;
        boolean lock = failures >= PasswordRules.MAX_FAILURES;
        store.inTransaction(tx -> {
            tx.users().setUnknownNameFailures(key, lock ? 0 : failures, lock ? now.plus(PasswordRules.LOCKOUT)
                    : null);
            return null;
        });
        store.syncToDisk();
        throw new AccessDeniedException(messages.get(lock ? "trust.login.nowLocked" : "trust.login.wrong"));
    }

    private static String nameKey(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void changePassword(Actor actor, CharSequence oldPassword, CharSequence newPassword) {
        Actor confirmed = login(actor.username(), oldPassword, actor.device());
        checkPassword(confirmed.username(), newPassword);
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        store.inTransaction(tx -> {
            UserAccount account = authorizer.requireAccount(tx, confirmed);
            journal.write(tx, new Actor(confirmed.username(), actor.device()), Codecs.ACCOUNT, account.username(),
                    new AccountCodec.Value(account.role(), account.active(), hash, now), null);
            return null;
        });
        store.syncToDisk();
    }

    /** An administrator creates an account; officers are then assigned markets and outlets. */
    public UserAccount createUser(Actor admin, String username, Role role, CharSequence password) {
        String name = checkedName(username);
        checkPassword(name, password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        UserAccount created = store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            if (tx.users().idOf(name).isPresent()) {
                throw new UserInputException(messages.get("trust.username.taken", name));
            }
            journal.write(tx, admin, Codecs.ACCOUNT, name, new AccountCodec.Value(role, true, hash, now), null);
            return tx.users().find(name).orElseThrow();
        });
        store.syncToDisk();
        return created;
    }

    /** Replaces the markets and outlets an account may write. */
    public UserAccount assign(Actor admin, String username, Collection<Integer> marketIds,
                              Collection<Integer> outletIds) {
        Instant now = clock.instant();
        UserAccount after = store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            UserAccount before = existing(tx, username);
            java.util.Map<Integer, String> markets = new java.util.HashMap<>();
            tx.markets().all().forEach(m -> markets.put(m.id(), m.code()));
            java.util.Map<Integer, String> outlets = new java.util.HashMap<>();
            tx.outlets().all().forEach(o -> outlets.put(o.id(), o.code()));
            if (!markets.keySet().containsAll(marketIds) || !outlets.keySet().containsAll(outletIds)) {
                throw new UserInputException(messages.get("trust.assign.unknown"));
            }
            journal.write(tx, admin, Codecs.ASSIGNMENT, before.username(), new AssignmentCodec.Value(
                    marketIds.stream().map(markets::get).toList(), outletIds.stream().map(outlets::get).toList()),
                    null);
            return tx.users().find(before.username()).orElseThrow();
        });
        store.syncToDisk();
        return after;
    }

    public void resetPassword(Actor admin, String username, CharSequence newPassword) {
        checkPassword(username, newPassword);
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            UserAccount target = existing(tx, username);
            journal.write(tx, admin, Codecs.ACCOUNT, target.username(),
                    new AccountCodec.Value(target.role(), target.active(), hash, now), null);
            return null;
        });
        store.syncToDisk();
    }

    /**
     * Disables an account (it stays in the audit trail); an administrator cannot disable themself. Only an active
     * administrator may disable, so this rule also keeps the last active administrator: someone can always log in
     * to manage the accounts.
     */
    public void disable(Actor admin, String username) {
        Instant now = clock.instant();
        store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            UserAccount target = existing(tx, username);
            if (target.username().equals(admin.username())) {
                throw new UserInputException(messages.get("trust.disable.self"));
            }
            setActive(tx, admin, target, false);
            return null;
        });
        store.syncToDisk();
    }

    /**
     * Lets a disabled account log in again, with its role and assignments as they were. An account that is
     * already active is left alone and the administrator is told so.
     */
    public UserAccount enable(Actor admin, String username) {
        Instant now = clock.instant();
        UserAccount after = store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            UserAccount target = existing(tx, username);
            if (target.active()) {
                throw new UserInputException(messages.get("trust.enable.alreadyActive", target.username()));
            }
            setActive(tx, admin, target, true);
            return tx.users().find(target.username()).orElseThrow();
        });
        store.syncToDisk();
        return after;
    }

    /** Refuses unless {@code actor} is an active administrator. */
    public UserAccount requireAdmin(Actor actor) {
        return store.read(tx -> authorizer.requireAdmin(tx, actor));
    }

    public List<UserAccount> users(Actor admin) {
        return store.read(tx -> {
            authorizer.requireAdmin(tx, admin);
            return tx.users().all();
        });
    }

    private UserAccount existing(Store.Tx tx, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return tx.users().find(name).orElseThrow(
                () -> new UserInputException(messages.get("trust.denied.unknown", name)));
    }

    private String checkedName(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserInputException(messages.get("trust.username.invalid", username));
        }
        return name;
    }

    private void checkPassword(String username, CharSequence password) {
        PasswordRules.check(username, password == null ? "" : password, commonPasswords).ifPresent(refusal -> {
            throw new UserInputException(messages.get("trust.password." + refusal.name(),
                    PasswordRules.MIN_LENGTH));
        });
    }

    private void setActive(Store.Tx tx, Actor admin, UserAccount target, boolean active) {
        UserDao.Credentials c = tx.users().credentials(target.username()).orElseThrow();
        journal.write(tx, admin, Codecs.ACCOUNT, target.username(), new AccountCodec.Value(target.role(), active,
                c.passwordHash(), c.passwordChangedAt().toInstant()), null);
    }
}
