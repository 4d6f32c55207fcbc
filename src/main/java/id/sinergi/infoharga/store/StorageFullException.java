package id.sinergi.infoharga.store;

import java.nio.file.Path;

/**
 * The disk of the data folder is full: the change that was being saved is not stored. Everything committed before
 * stays in the file, but the open database may have stopped working and must be reopened once there is room.
 */
public final class StorageFullException extends StoreException {
    private final Path folder;

    public StorageFullException(Path folder, Throwable cause) {
        super("no space left for the database in " + folder, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Whether {@code error} (any layer's: an {@code IOException}, a writer library's own runtime exception around
     * one) says the disk under {@code folder} ran out of room.
     */
    public static boolean causedBy(Throwable error, Path folder) {
        return StoreFailures.isDiskFull(error, folder);
    }
}
