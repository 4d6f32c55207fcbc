package id.sinergi.infoharga.app;

import id.sinergi.infoharga.store.DeviceFile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Who acts until there are user accounts: the operating-system user on this computer. The one place that decides
 * it. The desktop records the
 * logged-in account on this device ({@link #device()}).
 */
public final class LocalActor {
    private static final int MAX = 64;

    private LocalActor() {
    }

    /** This computer's name, recorded as the device of every change made here. */
    public static String device() {
        return current().device();
    }

    public static Actor current() {
        return of(System.getProperty("user.name"), System.getenv(), Path.of("/etc/hostname"));
    }

    /**
     * Reads the host name from the environment or {@code /etc/hostname}, never through DNS: a reverse look-up on
     * an offline laptop can hang for seconds.
     */
    static Actor of(String userName, Map<String, String> env, Path hostnameFile) {
        String host = DeviceFile.hostName(env, hostnameFile).orElse("perangkat");
        String user = blank(userName) ? "pengguna" : userName.strip();
        return new Actor(clip(user), clip(host.toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX);
    }
}
