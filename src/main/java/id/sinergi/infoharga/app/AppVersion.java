package id.sinergi.infoharga.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, as the pom gives it (one version for the window, the command line and installers). */
public final class AppVersion {
    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /** For example {@code 0.1.0}; {@code "dev"} when the resource was not filtered (an IDE run from sources). */
    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("version", "dev");
        return version.startsWith("${") ? "dev" : version;
    }
}
