package id.sinergi.infoharga.app;

import id.sinergi.infoharga.store.DataFolderInUseException;
import id.sinergi.infoharga.store.DataFolderReadOnlyException;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.StorageFullException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the store failures a user can act on into their words: the folder is in use, the disk is full, the file is
 * damaged (with the latest backup to restore from). The desktop's dialogs and the command line share these texts.
 */
public final class ProblemText {
    private ProblemText() {
    }

    /**
     * The one place where a failure becomes the user's words, whatever screen or command it reaches: a refusal
     * (bad input, no access, a rejected import) in the words the service already chose; a cancel as such; a store
     * failure the user can act on (folder in use, disk full, read-only, damaged) with what to do; anything else as
     * an unexpected error whose details are in the log, never a raw (and often English) exception message.
     */
    public static String forUser(Throwable error, Messages messages) {
        if (error instanceof UserInputException refusal && refusal.getMessage() != null) {
            return refusal.getMessage();
        }
        if (error instanceof WorkCancelledException) {
            return messages.get("error.cancelled");
        }
        return describe(error, messages).orElseGet(() -> messages.get("error.unexpected"));
    }

    /** Whether {@code error} is a failure the user caused or can act on, not one for the log's stack trace. */
    public static boolean expected(Throwable error, Messages messages) {
        return error instanceof UserInputException || error instanceof WorkCancelledException
                || describe(error, messages).isPresent();
    }

    /** The user's message for {@code error}, or empty when it is not one they can act on. */
    public static Optional<String> describe(Throwable error, Messages messages) {
        return describe(error, messages, DataFolders.resolve(null));
    }

    /**
     * @param defaultFolder the folder a command uses without {@code --data-dir}: the restore command shown names
     *                      the damaged folder whenever it is another one, or typed as shown it would restore into
     *                      the wrong place
     */
    static Optional<String> describe(Throwable error, Messages messages, Path defaultFolder) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof DataFolderInUseException inUse) {
                return Optional.of(messages.get("error.folderInUse", inUse.folder()));
            }
            if (e instanceof OutputDiskFullException full) {
                return Optional.of(messages.get("trust.output.full", full.file()));
            }
            if (e instanceof DataFolderReadOnlyException readOnly) {
                return Optional.of(messages.get("trust.folder.readOnly", readOnly.folder()));
            }
            if (e instanceof StorageFullException full) {
                return Optional.of(messages.get("trust.storageFull", full.folder()));
            }
            if (e instanceof DatabaseDamagedException damaged) {
                Optional<Path> latest = BackupGenerations.latest(damaged.folder());
                return Optional.of(latest.isPresent()
                        ? messages.get("trust.damaged.withBackup", damaged.folder(), latest.get(),
                                restoreCommand(damaged.folder(), latest.get(), defaultFolder))
                        : messages.get("trust.damaged.noBackup", damaged.folder()));
            }
        }
        return Optional.empty();
    }

    /**
     * The command that restores {@code backup} into {@code folder}, ready to type: with {@code --data-dir} when the
     * folder is not the default one, and with {@code --yes}: the folder still holds the damaged file, and restore
     * asks before replacing a file (and refuses outside a terminal) unless told.
     */
    static String restoreCommand(Path folder, Path backup, Path defaultFolder) {
        boolean isDefault = folder.toAbsolutePath().normalize().equals(defaultFolder.toAbsolutePath().normalize());
        return "info-harga" + (isDefault ? "" : " --data-dir " + quoted(folder)) + " restore " + quoted(backup)
                + " --yes";
    }

    private static String quoted(Path path) {
        return "\"" + path.toAbsolutePath() + "\"";
    }
}
