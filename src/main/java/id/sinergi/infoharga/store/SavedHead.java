package id.sinergi.infoharga.store;

import org.jdbi.v3.core.Handle;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest audit row a user was told is saved, kept beside the database file ({@code infoharga.head}).
 * <p>
 * Why: when the newest chunk of an H2 file is damaged, H2 opens the last whole one instead, without a word: the
 * database is then sound in itself but older, and the latest acknowledged saves are gone (seen with single byte
 * flips in {@code DataPageFlipTest}). Comparing the file with this mark on opening turns that into a damaged-file
 * message that points to the backup. The mark is written only after the data is on disk, so it never claims more
 * than the file holds; a lost or unreadable mark only means there is nothing to compare.
 */
final class SavedHead {
    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64})\\s*");

    /** One audit row: its number and its hash. */
    record Mark(long auditId, String rowHash) {
    }

    private SavedHead() {
    }

    static Path file(Path folder, String fileName) {
        return folder.resolve(fileName + ".head");
    }

    /** Records the newest audit row of the database; call after its data was forced to disk. */
    static synchronized void record(Handle handle, Path folder, String fileName) {
        Optional<Mark> newest = handle.createQuery("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Mark(rs.getLong(1), rs.getString(2))).findOne();
        if (newest.isEmpty()) {
            return;
        }
        Path target = file(folder, fileName);
        Path temp = folder.resolve(fileName + ".head.tmp");
        try {
            Files.writeString(temp, newest.get().auditId() + " " + newest.get().rowHash() + "\n",
                    StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The save itself is on disk; only the later check of the file is weaker until the next save.
            LoggerFactory.getLogger(SavedHead.class).warn("cannot write {}: {}", target, e.getMessage());
        }
    }

    /** The mark, when there is a readable one. */
    static Optional<Mark> read(Path folder, String fileName) {
        Path file = file(folder, fileName);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            return m.matches() ? Optional.of(new Mark(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The saved mark that the database does not hold (any more), if there is one. */
    static Optional<Mark> missingFrom(Handle handle, Path folder, String fileName) {
        return read(folder, fileName).filter(mark -> handle
                .createQuery("SELECT row_hash FROM audit_log WHERE id = :id").bind("id", mark.auditId())
                .mapTo(String.class).findOne().filter(mark.rowHash()::equals).isEmpty());
    }

    /** After a restore the database is older on purpose: the mark of the replaced file no longer applies. */
    static void forget(Path folder, String fileName) {
        try {
            Files.deleteIfExists(file(folder, fileName));
        } catch (IOException e) {
            throw new StoreException("cannot remove " + file(folder, fileName) + ": " + e.getMessage(), e);
        }
    }
}
