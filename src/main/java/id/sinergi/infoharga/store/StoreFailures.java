package id.sinergi.infoharga.store;

import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** Tells the failures a user can act on (a full disk, a damaged file) from the rest, by walking the causes. */
final class StoreFailures {
    /** Below this much free space a failed write is taken as "disk full" even if the message does not say so. */
    private static final long NEARLY_FULL_BYTES = 256 * 1024;

    private StoreFailures() {
    }

    static RuntimeException translate(RuntimeException e, Path folder) {
        if (e instanceof StoreException) {
            return e;
        }
        if (isDiskFull(e, folder)) {
            return new StorageFullException(folder, e);
        }
        if (isCorruption(e)) {
            return new DatabaseDamagedException(folder, String.valueOf(e.getMessage()), e);
        }
        return e;
    }

    static boolean isDiskFull(Throwable e, Path folder) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            // Linux/macOS say ENOSPC as "No space left on device", Windows "There is not enough space on the disk".
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")) {
                return true;
            }
        }
        boolean ioFailure = false;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof MVStoreException
                    || (c instanceof SQLException s && (s.getErrorCode() == ErrorCode.IO_EXCEPTION_1
                    || s.getErrorCode() == ErrorCode.IO_EXCEPTION_2 || s.getErrorCode() == ErrorCode.GENERAL_ERROR_1
                    || s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED))) {
                ioFailure = true;
            }
        }
        if (!ioFailure) {
            return false;
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException probe) {
            return false;
        }
    }

    /** The file system refused the file (no rights, gone, a folder in its place): not the file's own fault. */
    static boolean isUnreadable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.nio.file.FileSystemException
                    || (c instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_NOT_FOUND_1)) {
                return true;
            }
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("permission denied") || m.contains("access is denied") || m.contains("read only")) {
                return true;
            }
        }
        return false;
    }

    static boolean isCorruption(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && (s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || s.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1)) {
                return true;
            }
            if (c instanceof MVStoreException mv && (mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT
                    || mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_UNSUPPORTED_FORMAT)) {
                return true;
            }
        }
        return false;
    }
}
