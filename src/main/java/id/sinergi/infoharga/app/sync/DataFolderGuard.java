package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a file to be written inside the data folder: a package written there could replace the database, the
 * device's key or a backup. One small function until the shared output-path guard (issue 12) replaces it.
 */
public final class DataFolderGuard {
    private DataFolderGuard() {
    }

    public static void requireOutside(Path dataFolder, Path target, Messages messages) {
        Path folder = real(dataFolder);
        Path file = real(target.toAbsolutePath().getParent()).resolve(target.getFileName());
        if (file.startsWith(folder)) {
            throw new UserInputException(messages.get("sync.export.insideDataFolder", target, dataFolder));
        }
    }

    /** The real path of the nearest existing ancestor, with the rest appended (links resolved where they exist). */
    private static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rest = p.getFileSystem().getPath("");
        while (p != null && !Files.exists(p)) {
            rest = p.getFileName().resolve(rest);
            p = p.getParent();
        }
        if (p == null) {
            return path.toAbsolutePath().normalize();
        }
        try {
            return p.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p.resolve(rest).normalize();
        }
    }
}
