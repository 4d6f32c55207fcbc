package id.sinergi.infoharga.store;

import java.nio.file.Path;

/** Another process (usually a second copy of the application) has this data folder open: H2 error 90020. */
public final class DataFolderInUseException extends StoreException {
    private final Path folder;

    public DataFolderInUseException(Path folder, Throwable cause) {
        super("data folder in use: " + folder, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
