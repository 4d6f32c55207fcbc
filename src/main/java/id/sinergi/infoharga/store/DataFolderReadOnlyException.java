package id.sinergi.infoharga.store;

import java.nio.file.Path;

/** The data folder (or its database file) cannot be written: a read-only disk or folder, or another owner's. */
public final class DataFolderReadOnlyException extends StoreException {
    private final Path folder;

    public DataFolderReadOnlyException(Path folder, Throwable cause) {
        super("the data folder " + folder + " cannot be written", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
