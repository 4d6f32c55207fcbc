package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.AuditAnchor;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.DeviceKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small signed file in {@code backup/} that records the audit chain's newest row at a moment when no backup is
 * written: after a restore, the restored chain is older than the newest backup's anchor on purpose. Signed by the
 * folder's device key, so that only the application itself can move the anchor back.
 */
public final class AnchorFile {
    public static final String SUFFIX = ".anchor";
    private static final Pattern TEXT = Pattern.compile(
            "(format=sinergi-anchor/1\nauditId=(\\d{1,18})\nhash=([0-9a-f]{64})\nat=([0-9TZ:.\\-]{1,40})\n)"
                    + "signature=([A-Za-z0-9+/=]{1,200})\n?");

    private AnchorFile() {
    }

    /** Writes an anchor file {@code file}, signed by {@code device}. */
    public static void write(Path file, DeviceKeys device, long auditId, String rowHash, Instant at) {
        String body = "format=sinergi-anchor/1\nauditId=" + auditId + "\nhash=" + rowHash + "\nat=" + at + "\n";
        String signed = body + "signature=" + Base64.getEncoder().encodeToString(
                device.sign(body.getBytes(StandardCharsets.US_ASCII))) + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(temp, signed, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The anchor in {@code file} when it is well formed and signed with {@code key}. */
    public static Optional<AuditAnchor> read(Path file, PublicKey key) {
        try {
            if (Files.size(file) > 4096) {
                return Optional.empty();
            }
            Matcher m = TEXT.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            if (!m.matches() || !DeviceIdentity.verify(key, m.group(1).getBytes(StandardCharsets.US_ASCII),
                    Base64.getDecoder().decode(m.group(5)))) {
                return Optional.empty();
            }
            return Optional.of(new AuditAnchor(Long.parseLong(m.group(2)), m.group(3), Instant.parse(m.group(4)),
                    file.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
