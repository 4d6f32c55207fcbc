package id.sinergi.infoharga.app.sync;

import java.nio.file.Path;
import java.util.UUID;

/** A package written: where, how many changes, its size, and the device it was meant for (null: any). */
public record ExportResult(Path file, long changes, long bytes, UUID to, String toName) {
}
