package id.sinergi.infoharga.store.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The central server's settings of a data folder ({@code server.properties}): written whole through a temporary
 * file, readable by the owner only where the file system allows. Holds no plain password: the app layer encrypts it.
 */
public final class ServerSettingsFile {
    public static final String NAME = "server.properties";
    private final Path file;

    public ServerSettingsFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    public synchronized Map<String, String> read() {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    public synchronized void write(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        Path tmp = file.resolveSibling(NAME + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Sinergi Smart Info Harga: server pusat");
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Windows: the data folder under %LOCALAPPDATA% is the user's own
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
