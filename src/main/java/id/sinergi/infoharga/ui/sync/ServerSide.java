package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.server.ServerService;
import id.sinergi.infoharga.app.server.ServerUnreachableException;
import id.sinergi.infoharga.app.server.SyncResult;
import id.sinergi.infoharga.ui.settings.ServerSettingsPort;

import java.time.Instant;
import java.util.Optional;

/**
 * The one place where the desktop meets the central server's service of a data folder ({@link ServerService}):
 * Pengaturan's Server pusat, Sinkronkan and the status bar's last sync all get their seams here.
 */
public final class ServerSide {
    private ServerSide() {
    }

    /** The stored server settings of {@code actor}'s account. */
    public static ServerSettingsPort settings(AppContext context, Actor actor) {
        return new Settings(context.server(), actor);
    }

    /** Sinkronkan. */
    public static ServerSyncPort sync(AppContext context) {
        return new Sync(context.server());
    }

    /** Perangkat's part of the central server (administrators). */
    public static ServerDevicesPort devices(AppContext context) {
        ServerService server = context.server();
        return new ServerDevicesPort() {
            @Override
            public boolean configured() {
                return server.configured();
            }

            @Override
            public java.util.List<id.sinergi.infoharga.app.server.ServerDeviceInfo> devices(Actor admin) {
                try {
                    return server.status(admin).devices();
                } catch (ServerUnreachableException e) {
                    throw new UserInputException(e.getMessage());
                }
            }

            @Override
            public Optional<id.sinergi.infoharga.app.server.ServerDeviceInfo> accept(Actor admin,
                                                                                     java.util.UUID device) {
                try {
                    return server.accept(admin, device.toString());
                } catch (ServerUnreachableException e) {
                    throw new UserInputException(e.getMessage());
                }
            }
        };
    }

    /** The address keeps no user: the account's server role travels as the address's {@code user}. */
    static String withUser(String url, String user) {
        if (user == null || user.isBlank() || url.matches(".*[?&]user=.*")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + java.net.URLEncoder.encode(user.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private record Settings(ServerService server, Actor actor) implements ServerSettingsPort {
        @Override
        public Optional<Stored> stored() {
            var settings = server.settings();
            return settings.url().map(url -> new Stored(url, settings.role(actor.username()).orElse(""),
                    settings.hasPassword(actor.username())));
        }

        @Override
        public void save(Actor who, String url, String user, String password) {
            server.remember(who, withUser(url, user), password == null ? null : password.toCharArray());
        }

        @Override
        public String test(String url, String user, String password) {
            try {
                return server.test(actor, withUser(url, user), password == null ? null : password.toCharArray());
            } catch (ServerUnreachableException e) {
                throw new UserInputException(e.getMessage());
            }
        }
    }

    private record Sync(ServerService server) implements ServerSyncPort {
        @Override
        public boolean configured() {
            return server.configured();
        }

        @Override
        public Counts syncNow(Actor actor, WorkProgress progress) {
            try {
                SyncResult r = server.sync(actor, null, null, progress);
                return new Counts(r.pushed(), r.pulledNew(), r.known(), r.conflicts(), r.waiting());
            } catch (ServerUnreachableException e) {
                // One line in the user's words already; nothing was changed by the step that failed.
                throw new UserInputException(e.getMessage());
            }
        }

        @Override
        public Optional<Instant> lastSync() {
            return server.lastSync();
        }
    }
}
