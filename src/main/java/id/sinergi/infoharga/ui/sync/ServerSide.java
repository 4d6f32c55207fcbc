package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.ui.settings.ServerSettingsPort;

import java.util.Optional;

/**
 * The one place where the desktop meets the central server's services of a data folder: Pengaturan's Server pusat,
 * Sinkronkan and the status bar's last sync all get their seams here.
 */
public final class ServerSide {
    private ServerSide() {
    }

    /** The stored server settings; empty while the app has no server side. */
    public static Optional<ServerSettingsPort> settings(AppContext context) {
        return Optional.empty();
    }

    /** Sinkronkan; empty while the app has no server side. */
    public static Optional<ServerSyncPort> sync(AppContext context) {
        return Optional.empty();
    }
}
