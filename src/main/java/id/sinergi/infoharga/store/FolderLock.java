package id.sinergi.infoharga.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The lock of a data folder ({@code infoharga.lock}): whoever holds it owns the folder, and every other process is
 * told "folder in use". The database holds it while it is open; {@code compact} and {@code restore} take it before
 * their first step and keep it until the new file is in place, with the database closed and reopened in between
 * (an import started while the copy was being built used to be stored and then lost in the swap).
 * <p>
 * An operating-system lock belongs to the process, so within one process the holds are counted: the database
 * opened by a compact that already holds the lock shares it. The file itself stays; only the lock on it matters,
 * and the system drops it when a process dies.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = "infoharga.lock";

    /** The locks this process holds, by folder: the system lets a process lock a file only once. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        private final FileChannel channel;
        private final FileLock lock;
        private int holds = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path key;
    private boolean released;

    private FolderLock(Path key) {
        this.key = key;
    }

    /**
     * Takes the folder's lock (creating the folder if needed).
     *
     * @throws DataFolderInUseException when another process holds it
     * @throws DataFolderReadOnlyException when the folder cannot be written
     */
    public static FolderLock acquire(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                held.holds++;
                return new FolderLock(key);
            }
            FileChannel channel;
            try {
                Files.createDirectories(key);
                channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                if (!Files.isWritable(key) || e instanceof java.nio.file.AccessDeniedException
                        || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                    throw new DataFolderReadOnlyException(key, e);
                }
                throw new StoreException("cannot open the lock of " + key + ": " + e.getMessage(), e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                closeQuietly(channel);
                throw new DataFolderInUseException(key, null);
            }
            HELD.put(key, new Held(channel, lock));
            return new FolderLock(key);
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(key);
            if (held != null && --held.holds == 0) {
                HELD.remove(key);
                try {
                    held.lock.release();
                } catch (IOException ignored) {
                    // Closing the channel releases it too.
                }
                closeQuietly(held.channel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to do: the system frees the lock with the process.
        }
    }
}
