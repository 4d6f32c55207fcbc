package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditAnchor;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.store.AnchorFile;
import id.sinergi.infoharga.store.BackupArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The anchors of a data folder's own backups: the audit head in the manifest of every backup in {@code backup/}
 * signed by this folder's device, and the anchor files a restore leaves. Backups of other devices, or files whose
 * signature does not match, say nothing about this chain and are skipped.
 */
public final class BackupAnchors implements AnchorSource {
    private final Path dataFolder;
    private final DeviceIdentity device;

    public BackupAnchors(Path dataFolder, DeviceIdentity device) {
        this.dataFolder = dataFolder;
        this.device = device;
    }

    @Override
    public List<AuditAnchor> anchors() {
        List<AuditAnchor> found = new ArrayList<>();
        Path dir = BackupGenerations.folder(dataFolder);
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".zip")) {
                    BackupArchive.manifestOf(f).filter(m -> java.util.Arrays.equals(m.publicKey().getEncoded(),
                                    device.encodedKey()))
                            .flatMap(m -> m.auditHead().map(h -> new AuditAnchor(h.auditId(), h.rowHash(),
                                    m.createdAt(), name)))
                            .ifPresent(found::add);
                } else if (name.endsWith(AnchorFile.SUFFIX)) {
                    AnchorFile.read(f, device.publicKey()).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            // An unreadable folder has no anchors to offer; verify says nothing about them then.
        }
        return found;
    }
}
