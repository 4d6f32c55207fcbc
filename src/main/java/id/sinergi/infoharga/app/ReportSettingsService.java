package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.report.Letterhead;
import id.sinergi.infoharga.store.Store;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The weekly report's letterhead and signature block: the office, the logo, and the place, position, name and NIP
 * of the signer, set once. They are this device's own settings, like the desktop's language: the report is signed
 * where it is made, and the logo is a file in this data folder that a change could not carry. A logo is copied
 * into the data folder only after it has been read whole as a PNG or JPEG of sane size; anything else is refused
 * with a message and nothing changes.
 */
public final class ReportSettingsService {
    static final String OFFICE = "report.letter.office";
    static final String LOGO = "report.letter.logo";
    static final String PLACE = "report.signature.place";
    static final String POSITION = "report.signature.position";
    static final String NAME = "report.signature.name";
    static final String NIP = "report.signature.nip";
    /** A letterhead logo is small; a larger file is a photograph chosen by mistake (or something worse). */
    public static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;
    public static final int MAX_LOGO_SIDE = 4000;
    public static final int MAX_TEXT = 200;

    /** What the settings dialog edits: the texts, and the logo's file name in the data folder (empty for none). */
    public record ReportSettings(String office, String place, String position, String signerName, String nip,
                                 String logoFile) {
        public ReportSettings {
            office = office == null ? "" : office.strip();
            place = place == null ? "" : place.strip();
            position = position == null ? "" : position.strip();
            signerName = signerName == null ? "" : signerName.strip();
            nip = nip == null ? "" : nip.strip();
            logoFile = logoFile == null ? "" : logoFile;
        }
    }

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final ChangeJournal journal;

    public ReportSettingsService(Store store, Clock clock, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.journal = new ChangeJournal(store, clock);
    }

    public ReportSettings settings() {
        return store.read(tx -> new ReportSettings(tx.settings().get(OFFICE).orElse(""),
                tx.settings().get(PLACE).orElse(""), tx.settings().get(POSITION).orElse(""),
                tx.settings().get(NAME).orElse(""), tx.settings().get(NIP).orElse(""),
                tx.settings().get(LOGO).orElse("")));
    }

    /** The letterhead as the report prints it; a logo file that has gone or no longer reads is left out. */
    public Letterhead letterhead() {
        ReportSettings s = settings();
        byte[] logo = null;
        if (!s.logoFile().isEmpty()) {
            try {
                byte[] bytes = Files.readAllBytes(store.folder().resolve(s.logoFile()));
                logo = imageKind(bytes).isPresent() ? bytes : null;
            } catch (IOException e) {
                logo = null;
            }
        }
        return new Letterhead(s.office(), logo, s.place(), s.position(), s.signerName(), s.nip());
    }

    /** Stores the texts (the logo stays as it is); a text too long or a NIP with other than digits is refused. */
    public void save(Actor actor, ReportSettings texts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(OFFICE, texts.office());
        values.put(PLACE, texts.place());
        values.put(POSITION, texts.position());
        values.put(NAME, texts.signerName());
        values.put(NIP, texts.nip());
        for (var e : values.entrySet()) {
            if (e.getValue().length() > MAX_TEXT || e.getValue().chars().anyMatch(Character::isISOControl)) {
                throw new UserInputException(messages.get("reportSettings.error.text", MAX_TEXT));
            }
        }
        if (!texts.nip().matches("[0-9 ]{0,30}")) {
            throw new UserInputException(messages.get("reportSettings.error.nip", texts.nip()));
        }
        put(actor, values);
    }

    /**
     * Checks {@code file} whole (a PNG or JPEG by its bytes, not its name; at most {@link #MAX_LOGO_BYTES}; each
     * side 1 to {@link #MAX_LOGO_SIDE} pixels; every pixel decodes), then copies it into the data folder as
     * {@code report-logo.png|jpg} and remembers it. Refused with a message in the user's language, nothing changed.
     */
    public void chooseLogo(Actor actor, Path file) {
        byte[] bytes = readLogo(file);
        String kind = imageKind(bytes).orElseThrow(() ->
                new UserInputException(messages.get("reportSettings.logo.notImage", file.getFileName())));
        checkDecodes(bytes, kind, file);
        String name = "report-logo." + kind;
        Path target = store.folder().resolve(name);
        Path temp = store.folder().resolve(name + ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is only a leftover
            }
            throw new UserInputException(messages.get("reportSettings.logo.copyFailed", file.getFileName()), e);
        }
        String old = settings().logoFile();
        put(actor, Map.of(LOGO, name));
        if (!old.isEmpty() && !old.equals(name)) {
            try {
                Files.deleteIfExists(store.folder().resolve(old));
            } catch (IOException ignored) {
                // an old logo left behind is harmless: the setting no longer names it
            }
        }
    }

    /** The report goes without a logo again. */
    public void removeLogo(Actor actor) {
        put(actor, Map.of(LOGO, ""));
    }

    private byte[] readLogo(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(messages.get("reportSettings.logo.notImage", file.getFileName()));
            }
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new UserInputException(messages.get("reportSettings.logo.tooLarge", file.getFileName(),
                        MAX_LOGO_BYTES / 1024 / 1024));
            }
            try (var in = Files.newInputStream(file)) {
                // Read at most one byte more than allowed: a file that grew after the size check is still refused.
                byte[] bytes = in.readNBytes((int) MAX_LOGO_BYTES + 1);
                if (bytes.length > MAX_LOGO_BYTES) {
                    throw new UserInputException(messages.get("reportSettings.logo.tooLarge", file.getFileName(),
                            MAX_LOGO_BYTES / 1024 / 1024));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException(messages.get("reportSettings.logo.notImage", file.getFileName()), e);
        } catch (IOException e) {
            throw new UserInputException(messages.get("reportSettings.logo.unreadable", file.getFileName()), e);
        }
    }

    /** "png" or "jpg" by the file's first bytes. */
    static Optional<String> imageKind(byte[] b) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length > 8 && Arrays.equals(Arrays.copyOf(b, 8), png)) {
            return Optional.of("png");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        return Optional.empty();
    }

    /** The size is read from the header before any pixel is decoded, so a tiny file cannot claim a huge image. */
    private void checkDecodes(byte[] bytes, String kind, Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.equals("png") ? "png" : "jpeg");
            if (!readers.hasNext()) {
                throw new UserInputException(messages.get("reportSettings.logo.notImage", file.getFileName()));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE) {
                    throw new UserInputException(messages.get("reportSettings.logo.size", file.getFileName(), w, h,
                            MAX_LOGO_SIDE));
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UserInputException(messages.get("reportSettings.logo.notImage", file.getFileName()), e);
        }
    }

    private void put(Actor actor, Map<String, String> values) {
        store.inTransaction(tx -> {
            for (var e : values.entrySet()) {
                String old = tx.settings().get(e.getKey()).orElse(null);
                if (!e.getValue().equals(old == null ? "" : old)) {
                    tx.settings().put(e.getKey(), e.getValue());
                    // This device's own setting: audited here, never a change that travels.
                    journal.local(tx, new AuditEntry(clock.instant(), actor.username(), actor.device(),
                            "app_setting", e.getKey(), old, e.getValue(), null));
                }
            }
            return null;
        });
        store.syncToDisk();
    }
}
