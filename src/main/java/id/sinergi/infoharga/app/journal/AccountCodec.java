package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.UserDao;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An account: key the user name, value {@code {"role":"OFFICER","active":true,"hash":"$argon2id$…","hashAt":…}}.
 * The password hash travels so that an officer can log in on the laptop the office prepared; failed log-ins and
 * their wait stay on each device. The audit row never shows the hash.
 */
public final class AccountCodec extends SmallEntityCodec<String, AccountCodec.Value> {
    public static final String TABLE = "app_user";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final Pattern HASH = Pattern.compile("\\$argon2(id|i|d)\\$[A-Za-z0-9$=,+/.-]{10,190}");

    public record Value(Role role, boolean active, String passwordHash, Instant passwordAt) {
        public Value {
            java.util.Objects.requireNonNull(role, "role");
            if (passwordHash == null || !HASH.matcher(passwordHash).matches()) {
                throw new IllegalArgumentException("field 'hash' is not an Argon2 password hash");
            }
            passwordAt = passwordAt.truncatedTo(ChronoUnit.MILLIS);
        }

        static Value of(UserDao.Credentials c) {
            return new Value(Role.valueOf(c.role()), c.active(), c.passwordHash(),
                    c.passwordChangedAt().toInstant());
        }

        /** Only the password differs from {@code other}. */
        boolean passwordOnly(Value other) {
            return role == other.role && active == other.active;
        }
    }

    @Override
    public Entity entity() {
        return Entity.ACCOUNT;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public String keyText(String key) {
        return key;
    }

    @Override
    public String key(String text) {
        if (!USERNAME.matcher(text).matches()) {
            throw new IllegalArgumentException("not a user name: " + text);
        }
        return text;
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("role", v.role().name());
        o.put("active", v.active());
        o.put("hash", v.passwordHash());
        o.put("hashAt", v.passwordAt().toString());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Role role;
        try {
            role = Role.valueOf(f.text("role", 10));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'role' is not a role");
        }
        Value v = new Value(role, f.bool("active"), f.text("hash", 200), f.instant("hashAt"));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.users.credentials(key).map(Value::of);
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        OffsetDateTime hashAt = OffsetDateTime.ofInstant(v.passwordAt(), ZoneOffset.UTC);
        if (before.isEmpty()) {
            rows.users.insertAccount(key, v.passwordHash(), v.role().name(), v.active(), stamp.atUtc(), hashAt);
            return;
        }
        Value old = before.get();
        if (old.role() != v.role()) {
            rows.users.setRole(key, v.role());
        }
        if (old.active() != v.active()) {
            rows.users.setActive(key, v.active());
        }
        if (!old.passwordHash().equals(v.passwordHash()) || !old.passwordAt().equals(v.passwordAt())) {
            rows.users.setPasswordRow(key, v.passwordHash(), hashAt);
        }
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        if (before.isPresent() && before.get().passwordOnly(after)) {
            return new AuditLine(TABLE, key, null, stamp.user().equals(key) ? "kata sandi diganti"
                    : "kata sandi diatur ulang oleh administrator");
        }
        int id = rows.users.idOf(key).orElseThrow();
        TreeSet<Integer> markets = new TreeSet<>(rows.users.marketsOf(id));
        TreeSet<Integer> outlets = new TreeSet<>(rows.users.outletsOf(id));
        return new AuditLine(TABLE, key, before.map(b -> describe(b.role(), b.active(), markets, outlets))
                .orElse(null), describe(after.role(), after.active(), markets, outlets));
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        if (before.value().isPresent() && before.value().get().passwordOnly(value)) {
            return new Rule.OwnAccount(key);
        }
        if (before.value().isEmpty() && value.role() == Role.ADMIN && value.active()) {
            return new Rule.FirstAdmin(key);
        }
        return Rule.ADMIN;
    }

    /** "role=OFFICER aktif=true pasar=[1, 3] gerai=[2]": the audit trail's words for an account (this folder's ids). */
    public static String describe(Role role, boolean active, java.util.Set<Integer> markets,
                                  java.util.Set<Integer> outlets) {
        return "role=" + role + " aktif=" + active + " pasar=" + new TreeSet<>(markets) + " gerai="
                + new TreeSet<>(outlets);
    }
}
