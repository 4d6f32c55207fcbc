package id.sinergi.infoharga.store;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts a data folder right after a process died in the middle of changing its files, before the database is opened
 * (the caller holds the folder's lock).
 * <p>
 * A restore or compact swaps files with two renames: the current database aside (into {@code backup/}), the checked
 * copy into its place. Before the first rename it writes a journal, {@code infoharga.swap}, naming where the current
 * file goes. Dying between the two renames used to leave no database at all, and the next start silently created an
 * empty one in set-up mode. With the journal the next start finishes the swap (the copy was checked before the
 * journal was written) or, when the copy is gone, puts the old file back. Leftovers of a killed restore, backup or
 * compact (the side file {@code infoharga-restore.mv.db}, {@code *.part} files) are removed.
 */
public final class FolderRecovery {
    static final String JOURNAL = Database.FILE_NAME + ".swap";
    private static final String PREVIOUS = "previous=";

    private FolderRecovery() {
    }

    /** What the journal of a swap under way says: where the current file is being moved. */
    static void beginSwap(Path folder, Path previousKeptAs) {
        Path journal = folder.resolve(JOURNAL);
        Path temp = folder.resolve(JOURNAL + ".tmp");
        try {
            Files.writeString(temp, PREVIOUS + (previousKeptAs == null ? "" : previousKeptAs.toAbsolutePath())
                    + "\n", StandardCharsets.UTF_8);
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(temp, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + journal + ": " + e.getMessage(), e);
        }
    }

    static void endSwap(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(JOURNAL));
        } catch (IOException e) {
            throw new StoreException("cannot remove " + folder.resolve(JOURNAL) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Finishes or undoes an interrupted swap and removes leftovers; returns what it did, for the log.
     *
     * @throws StoreException when the files cannot be put right (nothing is then opened)
     */
    public static List<String> recover(Path folder) {
        List<String> done = new ArrayList<>();
        Path journal = folder.resolve(JOURNAL);
        Path current = folder.resolve(Database.FILE_NAME + Database.SUFFIX);
        Path candidate = folder.resolve(Backups.CANDIDATE + Database.SUFFIX);
        try {
            if (Files.exists(journal)) {
                Optional<Path> previous = previousOf(journal);
                if (!Files.exists(current) && Files.exists(candidate)) {
                    Files.move(candidate, current, StandardCopyOption.ATOMIC_MOVE);
                    SavedHead.forget(folder, Database.FILE_NAME);
                    done.add("finished the interrupted swap: " + candidate.getFileName() + " -> "
                            + current.getFileName());
                } else if (!Files.exists(current) && previous.isPresent() && Files.exists(previous.get())) {
                    Files.move(previous.get(), current, StandardCopyOption.ATOMIC_MOVE);
                    done.add("undid the interrupted swap: " + previous.get() + " -> " + current.getFileName());
                } else if (Files.exists(current) && !Files.exists(candidate)) {
                    // Both renames were done; the mark of the replaced file must not judge the new one.
                    SavedHead.forget(folder, Database.FILE_NAME);
                    done.add("completed the swap's last step");
                }
                Files.delete(journal);
            }
            for (Path leftover : leftovers(folder)) {
                Files.deleteIfExists(leftover);
                done.add("removed " + leftover);
            }
        } catch (IOException e) {
            throw new StoreException("cannot put the data folder " + folder + " right after an interrupted "
                    + "restore or compact: " + e.getMessage(), e);
        }
        if (!done.isEmpty()) {
            LoggerFactory.getLogger(FolderRecovery.class).warn("data folder {}: {}", folder, done);
        }
        return done;
    }

    private static Optional<Path> previousOf(Path journal) throws IOException {
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.startsWith(PREVIOUS) && line.length() > PREVIOUS.length()) {
                return Optional.of(Path.of(line.substring(PREVIOUS.length())));
            }
        }
        return Optional.empty();
    }

    /** The side file of a restore or compact and the partial files of a backup, here and in {@code backup/}. */
    private static List<Path> leftovers(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String name : List.of(Backups.CANDIDATE + Database.SUFFIX, Backups.CANDIDATE + ".trace.db",
                JOURNAL + ".tmp")) {
            if (Files.exists(folder.resolve(name))) {
                found.add(folder.resolve(name));
            }
        }
        for (Path dir : List.of(folder, folder.resolve(Backups.FOLDER))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".part") && Files.isRegularFile(f))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }
}
