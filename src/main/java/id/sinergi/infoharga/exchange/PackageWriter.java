package id.sinergi.infoharga.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.domain.sync.Change;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@code .sinergi} package (DESIGN §10) as it streams past: the changes as JSON lines (hashed while they
 * are written), then the manifest that names their hash, then the device's signature over the manifest, and last
 * the seal over every byte. It writes into the file it is given: the app writes it through its output guard
 * ({@code OutputTarget}), into a temporary file beside the chosen one that takes the chosen name only when whole, so
 * a cancelled or failed run leaves nothing behind and an earlier file of that name stays as it was.
 */
public final class PackageWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private PackageWriter() {
    }

    /** What was written. */
    public record Written(Path file, long changes, long bytes, PackageManifest manifest) {
    }

    /**
     * @param expected how many changes {@code changes} will give (for progress)
     * @param manifest the manifest, given the part the changes made
     */
    public static Written write(Path file, DeviceKeys keys, Iterator<Change> changes, long expected,
                                Function<PackageManifest.Part, PackageManifest> manifest, PackageProgress progress) {
        try {
            long count;
            PackageManifest m;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    1 << 16))) {
                zip.setComment("=".repeat(SyncPackage.SEAL_LENGTH));
                zip.putNextEntry(new ZipEntry(SyncPackage.CHANGES));
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                Counting counting = new Counting(new DigestOutputStream(zip, sha));
                count = 0;
                try (JsonGenerator g = JSON.createGenerator(counting, JsonEncoding.UTF8)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    g.setRootValueSeparator(new SerializedString("\n"));
                    while (changes.hasNext()) {
                        ChangeLines.write(g, changes.next());
                        count++;
                        if (count % 1_000 == 0 && !progress.carryOn(count, expected)) {
                            throw new PackageCancelledException();
                        }
                    }
                    if (count > 0) {
                        g.writeRaw('\n');
                    }
                }
                // Asked once more at the end: a small package is written before the first every-thousand check.
                if (!progress.carryOn(count, expected)) {
                    throw new PackageCancelledException();
                }
                zip.closeEntry();
                m = manifest.apply(new PackageManifest.Part(SyncPackage.CHANGES,
                        HexFormat.of().formatHex(sha.digest()), count, counting.bytes));
                byte[] manifestBytes = m.toBytes();
                zip.putNextEntry(new ZipEntry(SyncPackage.MANIFEST));
                zip.write(manifestBytes);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SyncPackage.SIGNATURE));
                zip.write(keys.sign(manifestBytes));
                zip.closeEntry();
            }
            seal(file, keys);
            return new Written(file, count, Files.size(file), m);
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.cannotWrite", file, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Signs every byte before the zip's comment and writes the signature into the comment. */
    private static void seal(Path file, DeviceKeys keys) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            long sealed = channel.size() - SyncPackage.SEAL_LENGTH;
            byte[] signature = keys.sign(java.nio.channels.Channels.newInputStream(channel.position(0)), sealed);
            byte[] text = java.util.Base64.getEncoder().encode(signature);
            channel.write(java.nio.ByteBuffer.wrap(text), sealed);
            channel.force(true);
        }
    }

    /** Counts the bytes that pass and leaves the stream under it open (the zip goes on). */
    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
