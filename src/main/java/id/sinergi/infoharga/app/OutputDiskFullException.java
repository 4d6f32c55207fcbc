package id.sinergi.infoharga.app;

import java.nio.file.Path;

/**
 * The disk ran out of room while a file a person asked for was being written (a report, an export, a backup with
 * {@code --out}): nothing of it was left behind, and an older file of that name is as it was.
 */
public final class OutputDiskFullException extends RuntimeException {
    private final Path file;

    public OutputDiskFullException(Path file, Throwable cause) {
        super("no space left for " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
