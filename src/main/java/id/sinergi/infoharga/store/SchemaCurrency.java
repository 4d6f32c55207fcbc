package id.sinergi.infoharga.store;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database already has every migration this application brings, told cheaply: the newest version in
 * Flyway's history table against the newest {@code V<n>__} file or class on the class path. Loading Flyway to
 * find out costs about 400 classes and most of a second of every start (issue 16); it is loaded only when the
 * answer is not a sure yes (a new file, a pending or failed migration, migrations it cannot list).
 */
final class SchemaCurrency {
    /** Where the migrations live: the SQL ones and the Java ones (as Database.flyway names them). */
    static final List<String> LOCATIONS = List.of("db/migration", "id/sinergi/infoharga/store/migration");
    private static final Pattern VERSIONED = Pattern.compile("(?:^|/)V(\\d+(?:[._]\\d+)*)__[^/]*\\.(?:sql|class)$");

    private SchemaCurrency() {
    }

    /** True only when the history's newest successful migration is the newest there is and none failed. */
    static boolean isCurrent(Connection c) {
        Optional<List<BigInteger>> newest = newestInApplication();
        if (newest.isEmpty()) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            List<BigInteger> top = null;
            try (ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (r.next()) {
                    if (!r.getBoolean(2)) {
                        return false;
                    }
                    String v = r.getString(1);
                    if (v != null) {
                        List<BigInteger> parsed = parse(v);
                        if (top == null || compare(parsed, top) > 0) {
                            top = parsed;
                        }
                    }
                }
            }
            return top != null && compare(top, newest.get()) == 0;
        } catch (SQLException e) {
            // Flyway then looks itself and reports what is wrong.
            return false;
        }
    }

    /** The newest migration version this application brings; empty when the migrations cannot be listed. */
    static Optional<List<BigInteger>> newestInApplication() {
        List<BigInteger> newest = null;
        try {
            for (String location : LOCATIONS) {
                Optional<List<String>> names = list(location);
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                for (String name : names.get()) {
                    Matcher m = VERSIONED.matcher(name);
                    if (m.find()) {
                        List<BigInteger> v = parse(m.group(1));
                        if (newest == null || compare(v, newest) > 0) {
                            newest = v;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    /** The names of the entries under {@code location}, from a jar or a folder; empty when neither. */
    private static Optional<List<String>> list(String location) throws IOException {
        ClassLoader loader = SchemaCurrency.class.getClassLoader();
        List<String> names = new ArrayList<>();
        Enumeration<URL> urls = loader.getResources(location);
        boolean any = false;
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            any = true;
            switch (url.getProtocol()) {
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.forEach(p -> names.add(location + "/" + p.getFileName()));
                    } catch (URISyntaxException e) {
                        return Optional.empty();
                    }
                }
                case "jar" -> {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        String prefix = location + "/";
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String name = e.nextElement().getName();
                            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                                names.add(name);
                            }
                        }
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return any ? Optional.of(names) : Optional.empty();
    }

    static List<BigInteger> parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(new BigInteger(p));
        }
        // Flyway compares 1.0 and 1 as equal: trailing zeros do not count.
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
