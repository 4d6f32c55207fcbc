package id.sinergi.infoharga.exchange;

import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.sync.Change;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a {@code .sinergi} package, trusting nothing until checked (DESIGN §10): the zip must hold exactly its
 * three parts; the manifest's signature is checked against the key the caller trusts for the sender; then the
 * SHA-256, size and number of lines of the changes; then the format. Only then are the changes handed out, one by
 * one as they stream past, hashed again on the way (a file swapped between the two passes is refused at its end).
 * Every problem is a {@link PackageException}.
 */
public final class PackageReader implements AutoCloseable {
    private final Path file;
    private final ZipFile zip;
    private final byte[] manifestBytes;
    private final byte[] signature;
    private PackageManifest manifest;

    private PackageReader(Path file, ZipFile zip, byte[] manifestBytes, byte[] signature) {
        this.file = file;
        this.zip = zip;
        this.manifestBytes = manifestBytes;
        this.signature = signature;
    }

    /** Opens the zip and reads its manifest and signature; refuses anything but the three expected parts. */
    public static PackageReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new PackageException(e, "sync.package.notPackage", file.getFileName());
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.unreadable", file.getFileName(), e.getMessage());
        }
        try {
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!names.add(e.getName()) || !Set.of(SyncPackage.MANIFEST, SyncPackage.SIGNATURE,
                        SyncPackage.CHANGES).contains(e.getName()) || e.isDirectory()) {
                    throw new PackageException("sync.package.unexpectedPart", e.getName());
                }
            }
            if (names.size() != 3) {
                throw new PackageException("sync.package.notPackage", file.getFileName());
            }
            byte[] manifest = readAll(zip, SyncPackage.MANIFEST, SyncPackage.MAX_MANIFEST);
            byte[] signature = readAll(zip, SyncPackage.SIGNATURE, SyncPackage.SIGNATURE_LENGTH);
            return new PackageReader(file, zip, manifest, signature);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static byte[] readAll(ZipFile zip, String name, int max) {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new PackageException("sync.package.tooLarge", name);
            }
            return bytes;
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.damaged", name);
        }
    }

    /** The sender as the manifest names it: not yet trusted (its signature is checked by {@link #verify}). */
    public PackageManifest.Device claimedSender() {
        return PackageManifest.senderOf(manifestBytes);
    }

    /**
     * Checks the manifest's signature against {@code trustedKey} (the key this side holds for the sender; for a
     * device seen for the first time, the key the manifest itself names), then every part's hash, size and lines,
     * then the format. After this the manifest may be read and the changes streamed.
     */
    public PackageManifest verify(byte[] trustedKey, PackageProgress progress) {
        java.security.PublicKey key = DeviceIdentity.publicKeyOf(trustedKey);
        if (!sealed(key) || !DeviceIdentity.verify(key, manifestBytes, signature)) {
            throw new PackageException("sync.package.signature", file.getFileName());
        }
        PackageManifest m = PackageManifest.parse(manifestBytes);
        if (m.parts().size() != 1 || !m.parts().get(0).name().equals(SyncPackage.CHANGES)) {
            throw new PackageException("sync.package.manifestBad", "parts");
        }
        PackageManifest.Part part = m.part(SyncPackage.CHANGES);
        long[] lines = {0};
        String hash = stream(part, progress, line -> lines[0]++);
        if (!hash.equals(part.sha256())) {
            throw new PackageException("sync.package.hash", SyncPackage.CHANGES);
        }
        if (lines[0] != part.changes()) {
            throw new PackageException("sync.package.count", part.changes(), lines[0]);
        }
        this.manifest = m;
        return m;
    }

    /**
     * The seal: the zip's comment is the sender's signature over every byte before it. Checked first, it refuses a
     * byte altered anywhere, also where the zip format itself would not notice (a header's spare field).
     */
    private boolean sealed(java.security.PublicKey key) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size < SyncPackage.END_RECORD + SyncPackage.SEAL_LENGTH) {
                return false;
            }
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(SyncPackage.END_RECORD + SyncPackage.SEAL_LENGTH)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, size - tail.capacity());
            tail.flip();
            if (tail.getInt(0) != 0x06054b50 || Short.toUnsignedInt(tail.getShort(20)) != SyncPackage.SEAL_LENGTH) {
                return false;
            }
            byte[] text = new byte[SyncPackage.SEAL_LENGTH];
            tail.position(SyncPackage.END_RECORD);
            tail.get(text);
            byte[] seal;
            try {
                seal = java.util.Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return false;
            }
            return DeviceIdentity.verify(key, java.nio.channels.Channels.newInputStream(channel.position(0)),
                    size - SyncPackage.SEAL_LENGTH, seal);
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.unreadable", file.getFileName(), e.getMessage());
        }
    }

    public PackageManifest manifest() {
        if (manifest == null) {
            throw new IllegalStateException("verify the package first");
        }
        return manifest;
    }

    /** Receives the changes one by one with their line number (from 1). */
    @FunctionalInterface
    public interface ChangeConsumer {
        void accept(int line, Change change);
    }

    /** Streams the verified changes; a line that is not a well-formed change refuses the package. */
    public void forEachChange(ChangeConsumer consumer, PackageProgress progress) {
        PackageManifest.Part part = manifest().part(SyncPackage.CHANGES);
        int[] number = {0};
        String hash = stream(part, progress, line -> {
            number[0]++;
            Change c;
            try {
                c = ChangeLines.read(line);
            } catch (IllegalArgumentException e) {
                throw new PackageException("sync.package.lineBad", number[0], String.valueOf(e.getMessage()));
            }
            consumer.accept(number[0], c);
        });
        if (!hash.equals(part.sha256())) {
            throw new PackageException("sync.package.hash", SyncPackage.CHANGES);
        }
    }

    private interface LineSink {
        void line(String line);
    }

    /** Reads the part line by line within its declared size; returns the SHA-256 of what was read. */
    private String stream(PackageManifest.Part part, PackageProgress progress, LineSink sink) {
        ZipEntry entry = zip.getEntry(part.name());
        if (part.bytes() > SyncPackage.MAX_CHANGES_BYTES) {
            throw new PackageException("sync.package.tooLarge", part.name());
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(zip.getInputStream(entry), 1 << 16)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long total = 0;
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > part.bytes()) {
                    throw new PackageException("sync.package.hash", part.name());
                }
                sha.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        sink.line(decoder.decode(ByteBuffer.wrap(line.toByteArray())).toString());
                        line.reset();
                        lines++;
                        if (lines % 1_000 == 0 && !progress.carryOn(lines, part.changes())) {
                            throw new PackageCancelledException();
                        }
                    } else {
                        if (line.size() >= ChangeLines.MAX_LINE) {
                            throw new PackageException("sync.package.lineBad", lines + 1, "too long");
                        }
                        line.write(b);
                    }
                }
            }
            if (line.size() > 0) {
                throw new PackageException("sync.package.lineBad", lines + 1, "no end of line");
            }
            if (!progress.carryOn(lines, part.changes())) {
                throw new PackageCancelledException();
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (CharacterCodingException e) {
            throw new PackageException(e, "sync.package.lineBad", "?", "not UTF-8");
        } catch (ZipException e) {
            throw new PackageException(e, "sync.package.damaged", part.name());
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.unreadable", file.getFileName(), e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // A file only read: nothing is lost.
        }
    }
}
