package id.sinergi.infoharga.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data of this user lives: {@code --data-dir}, else {@code INFO_HARGA_HOME}, else the per-user folder
 * of the operating system (DESIGN §3).
 */
public final class DataFolders {
    public static final String HOME_VARIABLE = "INFO_HARGA_HOME";

    private DataFolders() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("SinergiInfoHarga");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("sinergi-info-harga");
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
