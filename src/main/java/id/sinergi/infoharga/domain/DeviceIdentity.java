package id.sinergi.infoharga.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A data folder as other devices know it (DESIGN §10): a random id fixed at its first start, a name people read
 * ("Laptop Pasar Kemlagi"), and the Ed25519 public key that checks what it signs (exchange packages, backups).
 */
public record DeviceIdentity(UUID id, String name, PublicKey publicKey) {
    public static final String ALGORITHM = "Ed25519";
    public static final int MAX_NAME = 64;

    public DeviceIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicKey, "publicKey");
        name = cleanName(name);
    }

    /** A device name as stored: trimmed, single-spaced, at most {@value #MAX_NAME} characters, never empty. */
    public static String cleanName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a device needs a name");
        }
        return clean.length() <= MAX_NAME ? clean : clean.substring(0, MAX_NAME);
    }

    /** The public key as X.509 bytes, the form it travels in. */
    public byte[] encodedKey() {
        return publicKey.getEncoded();
    }

    /**
     * What a person compares when accepting a device: the first 16 bytes of the SHA-256 of the public key, as eight
     * groups of four hex digits ("3f2a 9c01 …").
     */
    public String fingerprint() {
        return fingerprintOf(publicKey.getEncoded());
    }

    public static String fingerprintOf(byte[] encodedKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encodedKey);
            String hex = HexFormat.of().formatHex(digest, 0, 16);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                if (i > 0) {
                    grouped.append(' ');
                }
                grouped.append(hex, i, i + 4);
            }
            return grouped.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Reads an X.509-encoded Ed25519 public key; refuses anything else. */
    public static PublicKey publicKeyOf(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** Whether {@code signature} is this device's signature over {@code data}. */
    public boolean signed(byte[] data, byte[] signature) {
        return verify(publicKey, data, signature);
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (signature == null || data == null) {
            return false;
        }
        try {
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            check.update(data);
            return check.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code signature} is this key's signature over the first {@code length} bytes of {@code in}. */
    public static boolean verify(PublicKey key, java.io.InputStream in, long length, byte[] signature)
            throws java.io.IOException {
        if (signature == null) {
            return false;
        }
        try {
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            DeviceKeys.feed(check, in, length);
            return check.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Short text for logs and lists: name and the first group of the fingerprint. */
    public String label() {
        return name + " (" + id.toString().substring(0, 8) + ")";
    }

    /** The UTF-8 bytes of {@code text}: what is signed when a text is signed. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
