package id.sinergi.infoharga.app.server;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Receiving;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.server.ServerDevice;
import id.sinergi.infoharga.store.server.ServerException;
import id.sinergi.infoharga.store.server.ServerOwner;
import id.sinergi.infoharga.store.server.ServerSession;
import id.sinergi.infoharga.store.server.ServerUrl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The central PostgreSQL server (DESIGN §10, issue 14), for the desktop and the command line alike.
 *
 * <p>Administrator: {@link #init} (schema by Flyway, row-level security, this device accepted, the regency, the
 * administrator's own role), {@link #addAccount} and {@link #addReader} (a PostgreSQL role each, password shown
 * once), {@link #status}, {@link #accept}. These connect as the server's owner, whose password is never kept.
 *
 * <p>Everyone: {@link #remember} (address and this account's server password, kept encrypted) and {@link #sync}:
 * push this device's unsent changes in batches (ON CONFLICT DO NOTHING: pushing twice changes nothing), then pull
 * the changes served after the last position, each batch applied through {@link Receiving} (the same checks,
 * permissions and conflicts as a package) together with its position in one local transaction, so a cut network
 * resumes where it stopped and nothing is applied twice.
 */
public final class ServerService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** Called after each batch pushed or pulled (tests cut the connection there; the benchmark measures). */
    public interface BatchListener {
        BatchListener NONE = (push, batch, backendPid) -> { };

        void afterBatch(boolean push, int batch, int backendPid);
    }

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ServerSettings settings;
    private final ChangeJournal journal;
    private final int pushBatch;
    private final int pullBatch;
    private final BatchListener listener;

    public ServerService(Store store, Clock clock, Messages messages, Authorizer authorizer, ServerSettings settings) {
        this(store, clock, messages, authorizer, settings, 1_000, 1_000, BatchListener.NONE);
    }

    public ServerService(Store store, Clock clock, Messages messages, Authorizer authorizer, ServerSettings settings,
                         int pushBatch, int pullBatch, BatchListener listener) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = authorizer;
        this.settings = settings;
        this.journal = new ChangeJournal(store, clock);
        this.pushBatch = pushBatch;
        this.pullBatch = pullBatch;
        this.listener = listener;
    }

    /** The same service with other batch sizes and a listener (tests, benchmark). */
    public ServerService withBatches(int push, int pull, BatchListener l) {
        return new ServerService(store, clock, messages, authorizer, settings, push, pull, l);
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Whether a server address is set for this folder. */
    public boolean configured() {
        return settings.url().isPresent();
    }

    /** The last successful sync of this folder (the status bar shows it). */
    public Optional<Instant> lastSync() {
        return settings.lastSync();
    }

    // ---- administrator ----

    /** What {@link #init} did: the regency, the server's id for it, the administrator's role, migrations run. */
    public record InitResult(String regency, UUID serverId, String role, int migrations, String url) {
    }

    /**
     * Sets up the server (once; again is harmless: another regency on the same server, or the same brought up to
     * date) as the server's owner ({@code url}'s user, {@code postgres} when none is named).
     */
    public InitResult init(Actor admin, String url, char[] ownerPassword, String regency, String regencyName) {
        UserAccount me = store.read(tx -> authorizer.requireAdmin(tx, admin));
        ServerUrl u = parse(url);
        String code = regency == null ? "" : regency.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9][a-z0-9_]{1,23}")) {
            throw new UserInputException(messages.get("server.regency.bad", regency));
        }
        String owner = u.user().orElse("postgres");
        DeviceIdentity self = store.device().identity();
        return server(() -> {
            try (ServerOwner o = ServerOwner.open(u, owner, ownerPassword)) {
                int migrations = o.migrate();
                UUID serverId = o.ensureRegency(code, regencyName == null || regencyName.isBlank() ? code
                        : regencyName.strip());
                String role = o.accountRole(code, me.username());
                char[] password = generated();
                o.loginRole(role, new String(password), o.appRole());
                o.account(code, me.username(), role, "admin", List.of(), List.of());
                o.acceptedDevice(code, self.id(), self.name(), self.encodedKey(), self.fingerprint(), me.username());
                settings.saveUrl(u.remembered());
                settings.saveServer(code, serverId);
                settings.saveAccount(me.username(), role, password);
                settings.saveOwner(owner);
                return new InitResult(code, serverId, role, migrations, u.remembered());
            }
        });
    }

    /**
     * Gives an account of this folder its own PostgreSQL role on the server (or a new password), with its kind,
     * markets and outlets as they stand here; later changes of them travel as changes and the server follows.
     */
    public ServerAccount addAccount(Actor admin, char[] ownerPassword, String username) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return store.read(tx -> {
            authorizer.requireAdmin(tx, admin);
            UserAccount a = tx.users().find(user).orElseThrow(() -> new UserInputException(
                    messages.get("server.account.unknown", user)));
            Catalog c = new ReferenceDataService(store).catalog();
            List<String> markets = a.marketIds().stream().map(id -> c.market(id).code()).sorted().toList();
            List<String> outlets = a.outletIds().stream().map(id -> c.outlet(id).code()).sorted().toList();
            String kind = switch (a.role()) {
                case ADMIN -> "admin";
                case ANALYST -> "analyst";
                default -> "officer";
            };
            return login(ownerPassword, a.username(), kind, markets, outlets, false);
        });
    }

    /** A read-only role for a reporting tool: the current-state tables of this regency, nothing else. */
    public ServerAccount addReader(Actor admin, char[] ownerPassword, String name) {
        store.read(tx -> authorizer.requireAdmin(tx, admin));
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!n.matches("[a-z][a-z0-9_]{2,20}")) {
            throw new UserInputException(messages.get("server.reader.bad", name));
        }
        return login(ownerPassword, n, "reader", List.of(), List.of(), true);
    }

    private ServerAccount login(char[] ownerPassword, String name, String kind, List<String> markets,
                                List<String> outlets, boolean reader) {
        ServerUrl u = configuredUrl();
        String regency = settings.regency().orElseThrow(() -> new UserInputException(messages.get("server.noInit")));
        return server(() -> {
            try (ServerOwner o = ServerOwner.open(u, settings.owner().orElse("postgres"), ownerPassword)) {
                String role = o.accountRole(regency, name);
                char[] password = generated();
                o.loginRole(role, new String(password), reader ? o.readerRole() : o.appRole());
                o.account(regency, name, role, kind, markets, outlets);
                Map<String, String> p = new java.util.LinkedHashMap<>(u.params());
                p.put("user", role);
                return new ServerAccount(name, role, new String(password),
                        new ServerUrl(u.host(), u.port(), u.database(), p).remembered() + "?user=" + role);
            }
        });
    }

    private static char[] generated() {
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        }
        return out;
    }

    /** The server's devices (pending first), their last sync and their changes waiting for acceptance. */
    public ServerStatus status(Actor admin) {
        store.read(tx -> authorizer.requireAdmin(tx, admin));
        return withSession(admin, (s, who) -> new ServerStatus(configuredUrl().remembered(), who.regency(),
                s.devices(who.regency()).stream().map(this::info).toList(), settings.lastSync().orElse(null)));
    }

    private ServerDeviceInfo info(ServerDevice d) {
        return new ServerDeviceInfo(d.id(), d.name(), d.fingerprint() == null ? "" : d.fingerprint(),
                ServerDeviceInfo.Status.valueOf(d.status().toUpperCase(Locale.ROOT)), d.lastSyncAt(),
                d.lastSyncUser(), d.served(), d.waiting(), d.id().equals(store.device().identity().id()));
    }

    /**
     * An administrator accepts a device on the server (its id, the start of it, or its name): its waiting changes
     * are served to everyone from now on, in their order. Empty when the server knows no such device.
     */
    public Optional<ServerDeviceInfo> accept(Actor admin, String ref) {
        store.read(tx -> authorizer.requireAdmin(tx, admin));
        String text = ref == null ? "" : ref.strip();
        return withSession(admin, (s, who) -> {
            List<ServerDevice> all = s.devices(who.regency());
            List<ServerDevice> matches = all.stream().filter(d -> text.length() >= 4
                    && d.id().toString().startsWith(text.toLowerCase(Locale.ROOT))).toList();
            if (matches.isEmpty()) {
                matches = all.stream().filter(d -> d.name().equalsIgnoreCase(text)).toList();
            }
            if (matches.size() > 1) {
                throw new UserInputException(messages.get("sync.device.ambiguous", text));
            }
            if (matches.isEmpty()) {
                return Optional.<ServerDeviceInfo>empty();
            }
            UUID chosen = matches.get(0).id();
            s.accept(who.regency(), chosen);
            return s.devices(who.regency()).stream().filter(d -> d.id().equals(chosen)).findFirst().map(this::info);
        });
    }

    // ---- everyone ----

    /**
     * Remembers the server address and, encrypted, {@code actor}'s server password (Pengaturan). The role is the
     * address's {@code user}, or the one the administrator's {@code add-account} named for this account.
     */
    public void remember(Actor actor, String url, char[] password) {
        store.read(tx -> authorizer.requireAccount(tx, actor));
        ServerUrl u = parse(url);
        settings.saveUrl(u.remembered());
        if (password != null && password.length > 0) {
            settings.saveAccount(actor.username(), role(actor, u), password);
        } else {
            u.user().ifPresent(r -> settings.saveRole(actor.username(), r));
        }
    }

    /**
     * Uji koneksi (Pengaturan): logs in once with the address and password typed (the stored password when none is
     * given) and says in one line which regency and account the server knows; changes nothing, here or there.
     */
    public String test(Actor actor, String url, char[] password) {
        store.read(tx -> authorizer.requireAccount(tx, actor));
        ServerUrl u = parse(url);
        String role = role(actor, u);
        char[] pw = password != null && password.length > 0 ? password
                : settings.password(actor.username()).orElseThrow(() -> new UserInputException(
                messages.get("server.noPassword", actor.username())));
        return server(() -> {
            try (ServerSession s = ServerSession.open(u, role, pw)) {
                ServerSession.Who who = s.whoami().orElseThrow(() -> new UserInputException(
                        messages.get("server.noAccount", role)));
                return messages.get("settings.server.testOk", u.host(), who.regency(), who.username(), role);
            }
        });
    }

    /**
     * Synchronises with the server as {@code actor}: push, then pull (see the class comment). {@code url} and
     * {@code password} may be null: the remembered ones are used, and given ones are remembered after a log-in
     * that worked.
     *
     * @throws ServerUnreachableException no network (nothing changed), or the connection cut midway (what was
     *                                    stored stays; the next sync continues)
     * @throws WorkCancelledException     cancelled between two batches (the batches done stay)
     */
    public SyncResult sync(Actor actor, String url, char[] password, WorkProgress progress) {
        store.read(tx -> authorizer.requireAccount(tx, actor));
        ServerUrl u = url == null || url.isBlank() ? configuredUrl() : parse(url);
        String role = role(actor, u);
        char[] pw = password != null && password.length > 0 ? password
                : settings.password(actor.username()).orElseThrow(() -> new UserInputException(
                messages.get("server.noPassword", actor.username())));
        progress.update(-1, messages.get("server.progress.connecting", u.host()));
        return server(() -> {
            try (ServerSession s = ServerSession.open(u, role, pw)) {
                ServerSession.Who who = s.whoami().orElseThrow(() -> new UserInputException(
                        messages.get("server.noAccount", role)));
                if (!who.username().equals(actor.username())) {
                    throw new UserInputException(messages.get("server.otherAccount", role, who.username(),
                            actor.username()));
                }
                settings.saveUrl(u.remembered());
                settings.saveServer(who.regency(), who.serverId());
                if (password != null && password.length > 0) {
                    settings.saveAccount(actor.username(), role, password);
                }
                SyncResult r = new ServerSync(store, clock, messages, journal, pushBatch, pullBatch, listener)
                        .run(s, who, actor, u, progress);
                settings.saveLastSync(clock.instant());
                store.syncToDisk();
                progress.update(1, messages.get("server.progress.done"));
                return r;
            }
        });
    }

    // ---- helpers ----

    private String role(Actor actor, ServerUrl u) {
        return u.user().or(() -> settings.role(actor.username())).or(() -> settings.regency().map(reg ->
                ServerOwner.roleName(u.database(), reg, actor.username())))
                .orElseThrow(() -> new UserInputException(messages.get("server.noRole", actor.username())));
    }

    private ServerUrl configuredUrl() {
        return settings.url().map(ServerUrl::parse).orElseThrow(() -> new UserInputException(
                messages.get("server.noUrl")));
    }

    private ServerUrl parse(String url) {
        try {
            return ServerUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(messages.get("server.url.bad", url == null ? "" : url));
        }
    }

    private interface SessionWork<T> {
        T run(ServerSession s, ServerSession.Who who);
    }

    private <T> T withSession(Actor actor, SessionWork<T> work) {
        ServerUrl u = configuredUrl();
        String role = role(actor, u);
        char[] pw = settings.password(actor.username()).orElseThrow(() -> new UserInputException(
                messages.get("server.noPassword", actor.username())));
        return server(() -> {
            try (ServerSession s = ServerSession.open(u, role, pw)) {
                ServerSession.Who who = s.whoami().orElseThrow(() -> new UserInputException(
                        messages.get("server.noAccount", role)));
                return work.run(s, who);
            }
        });
    }

    /** Runs server work, turning the driver's failures into one line for the person. */
    private <T> T server(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ServerException e) {
            switch (e.kind()) {
                case UNREACHABLE -> throw new ServerUnreachableException(messages.get("server.unreachable",
                        e.getMessage()));
                case LOGIN -> throw new UserInputException(messages.get("server.login", e.getMessage()));
                case DENIED -> throw new UserInputException(messages.get("server.denied", e.getMessage()));
                default -> throw new UserInputException(messages.get("server.failed", e.getMessage()));
            }
        }
    }
}
