package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.SettingsService.Language;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the desktop needs to show its first form before the database is open (issue 16: opening ten years of
 * prices takes longer than the 1.5 s a log-in form may take): the language and whether the folder has accounts, as
 * the last start found them, in {@code desktop-start.properties} beside the database. It is a hint, never the
 * truth: once the database is open the desktop compares and shows the right form if the hint was wrong (a folder
 * restored or emptied meanwhile, the language changed). A missing or unreadable file means no hint.
 */
public record StartHint(Language language, boolean accounts) {
    static final String FILE = "desktop-start.properties";

    public static Optional<StartHint> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Language language = "en".equals(p.getProperty("language")) ? Language.ENGLISH
                : "id".equals(p.getProperty("language")) ? Language.INDONESIAN : null;
        if (language == null) {
            return Optional.empty();
        }
        return Optional.of(new StartHint(language, "true".equals(p.getProperty("accounts"))));
    }

    /** Keeps this hint for the next start; a folder that cannot take it only starts a little slower next time. */
    public void write(Path folder) {
        if (read(folder).filter(this::equals).isPresent()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("language", language == Language.ENGLISH ? "en" : "id");
        p.setProperty("accounts", Boolean.toString(accounts));
        Path file = folder.resolve(FILE);
        Path temporary = folder.resolve(FILE + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "Sinergi Smart Info Harga: the desktop's first form (a hint; the database decides)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartHint.class).warn("cannot keep the start hint in {}: {}", file,
                    e.getMessage());
        }
    }
}
