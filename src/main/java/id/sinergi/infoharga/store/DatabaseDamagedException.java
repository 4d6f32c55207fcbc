package id.sinergi.infoharga.store;

import java.nio.file.Path;

/** The database file is damaged (truncated, overwritten, not an H2 file): it cannot be used and must be restored. */
public final class DatabaseDamagedException extends StoreException {
    private final Path folder;

    public DatabaseDamagedException(Path folder, String detail, Throwable cause) {
        super("the database in " + folder + " is damaged: " + detail, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
