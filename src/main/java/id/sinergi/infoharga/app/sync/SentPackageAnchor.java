package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.AnchorSource;
import id.sinergi.infoharga.domain.AuditAnchor;
import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.store.AnchorFile;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The audit head this device put into the last package it wrote (the manifest carries it, signed), kept beside the
 * data as a signed anchor file, {@code sync/last-sent.anchor}. Two uses: {@code verify} finds in it an anchor of
 * this folder's chain outside the data file (a package, unlike a backup, leaves the folder); and a restore finds in
 * it whether the data restored is older than what this device already sent (its changes' sequence numbers are then
 * taken: see {@code BackupService.restore}).
 */
public final class SentPackageAnchor implements AnchorSource {
    static final String FILE = "last-sent" + AnchorFile.SUFFIX;

    private final Path dataFolder;
    private final PublicKey key;

    public SentPackageAnchor(Path dataFolder, PublicKey key) {
        this.dataFolder = dataFolder;
        this.key = key;
    }

    /** Where the anchor of the last package written is kept. */
    public static Path file(Path dataFolder) {
        return dataFolder.resolve("sync").resolve(FILE);
    }

    /** Records the audit head a package just written carries (replacing the record of the one before). */
    static void record(Path dataFolder, DeviceKeys device, long auditId, String rowHash, Instant at) {
        AnchorFile.write(file(dataFolder), device, auditId, rowHash, at);
    }

    /** The last package's anchor, when there is one signed with {@code key}. */
    public static Optional<AuditAnchor> read(Path dataFolder, PublicKey key) {
        Path f = file(dataFolder);
        return java.nio.file.Files.isRegularFile(f) ? AnchorFile.read(f, key) : Optional.empty();
    }

    @Override
    public List<AuditAnchor> anchors() {
        return read(dataFolder, key).stream().toList();
    }
}
