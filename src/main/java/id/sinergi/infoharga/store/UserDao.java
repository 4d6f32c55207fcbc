package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts, their password hashes and their market and outlet assignments. */
public interface UserDao {
    @SqlQuery("SELECT COUNT(*) FROM app_user")
    long count();

    @SqlUpdate("INSERT INTO app_user (username, password_hash, role, created_at, password_changed_at)"
            + " VALUES (:u, :h, :r, :at, :at)")
    @GetGeneratedKeys("id")
    int insertRow(@Bind("u") String username, @Bind("h") String hash, @Bind("r") String role,
                  @Bind("at") OffsetDateTime at);

    /** What of an account travels between devices: role, whether active, and the password hash with its time. */
    record Credentials(int id, String username, String role, boolean active, String passwordHash,
                       OffsetDateTime passwordChangedAt) {
    }

    @SqlQuery("SELECT id, username, role, active, password_hash, password_changed_at FROM app_user"
            + " WHERE username = :u")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Credentials.class)
    Optional<Credentials> credentials(@Bind("u") String username);

    @SqlQuery("SELECT id, username, role, active, password_hash, password_changed_at FROM app_user ORDER BY id")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Credentials.class)
    List<Credentials> allCredentials();

    @SqlUpdate("INSERT INTO app_user (username, password_hash, role, active, created_at, password_changed_at)"
            + " VALUES (:u, :h, :r, :a, :created, :changed)")
    @GetGeneratedKeys("id")
    int insertAccount(@Bind("u") String username, @Bind("h") String hash, @Bind("r") String role,
                      @Bind("a") boolean active, @Bind("created") OffsetDateTime createdAt,
                      @Bind("changed") OffsetDateTime passwordChangedAt);

    @SqlQuery("SELECT id FROM app_user WHERE username = :u")
    Optional<Integer> idOf(@Bind("u") String username);

    @SqlQuery("SELECT password_hash FROM app_user WHERE username = :u")
    Optional<String> passwordHash(@Bind("u") String username);

    @SqlUpdate("UPDATE app_user SET password_hash = :h, password_changed_at = :at, failed_logins = 0,"
            + " locked_until = NULL WHERE username = :u")
    void setPasswordRow(@Bind("u") String username, @Bind("h") String hash, @Bind("at") OffsetDateTime at);

    @SqlUpdate("UPDATE app_user SET failed_logins = :n, locked_until = :until WHERE username = :u")
    void setFailuresRow(@Bind("u") String username, @Bind("n") int failures, @Bind("until") OffsetDateTime until);

    @SqlUpdate("UPDATE app_user SET active = :a WHERE username = :u")
    void setActive(@Bind("u") String username, @Bind("a") boolean active);

    @SqlUpdate("UPDATE app_user SET role = :r WHERE username = :u")
    void setRoleRow(@Bind("u") String username, @Bind("r") String role);

    @SqlUpdate("DELETE FROM user_market WHERE user_id = :id")
    void clearMarkets(@Bind("id") int userId);

    @SqlUpdate("DELETE FROM user_outlet WHERE user_id = :id")
    void clearOutlets(@Bind("id") int userId);

    @SqlUpdate("INSERT INTO user_market (user_id, market_id) VALUES (:id, :m)")
    void addMarket(@Bind("id") int userId, @Bind("m") int marketId);

    @SqlUpdate("INSERT INTO user_outlet (user_id, outlet_id) VALUES (:id, :o)")
    void addOutlet(@Bind("id") int userId, @Bind("o") int outletId);

    @SqlQuery("SELECT market_id FROM user_market WHERE user_id = :id ORDER BY market_id")
    List<Integer> marketsOf(@Bind("id") int userId);

    @SqlQuery("SELECT outlet_id FROM user_outlet WHERE user_id = :id ORDER BY outlet_id")
    List<Integer> outletsOf(@Bind("id") int userId);

    /** One account's row without its assignments. */
    record Row(int id, String username, String role, boolean active, int failedLogins, OffsetDateTime lockedUntil) {
    }

    @SqlQuery("SELECT id, username, role, active, failed_logins, locked_until FROM app_user WHERE username = :u")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Row.class)
    Optional<Row> row(@Bind("u") String username);

    @SqlQuery("SELECT id, username, role, active, failed_logins, locked_until FROM app_user ORDER BY username")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Row.class)
    List<Row> rows();

    default int insert(String username, String hash, Role role, Instant at) {
        return insertRow(username, hash, role.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    default void setPassword(String username, String hash, Instant at) {
        setPasswordRow(username, hash, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    default void setFailures(String username, int failures, Instant lockedUntil) {
        setFailuresRow(username, failures,
                lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
    }

    /** Failed log-ins under a name that has no account, by the SHA-256 of the name. */
    record UnknownNameFailures(int failedLogins, OffsetDateTime lockedUntil) {
    }

    @SqlQuery("SELECT failed_logins, locked_until FROM login_failure WHERE name_sha256 = :k")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(UnknownNameFailures.class)
    Optional<UnknownNameFailures> unknownNameFailures(@Bind("k") String nameSha256);

    @SqlUpdate("MERGE INTO login_failure (name_sha256, failed_logins, locked_until) KEY (name_sha256)"
            + " VALUES (:k, :n, :until)")
    void setUnknownNameFailuresRow(@Bind("k") String nameSha256, @Bind("n") int failures,
                                   @Bind("until") OffsetDateTime until);

    default void setUnknownNameFailures(String nameSha256, int failures, Instant lockedUntil) {
        setUnknownNameFailuresRow(nameSha256, failures,
                lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
    }

    default void setRole(String username, Role role) {
        setRoleRow(username, role.name());
    }

    /** The account with its assignments. */
    default Optional<UserAccount> find(String username) {
        return row(username).map(this::account);
    }

    default List<UserAccount> all() {
        return rows().stream().map(this::account).toList();
    }

    /** Adds the assignments to a row. */
    default UserAccount account(Row r) {
        Set<Integer> markets = new HashSet<>(marketsOf(r.id()));
        Set<Integer> outlets = new HashSet<>(outletsOf(r.id()));
        return new UserAccount(r.id(), r.username(), Role.valueOf(r.role()), r.active(), r.failedLogins(),
                r.lockedUntil() == null ? null : r.lockedUntil().toInstant(), markets, outlets);
    }
}
