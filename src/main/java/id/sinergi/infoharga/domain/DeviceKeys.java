package id.sinergi.infoharga.domain;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * This data folder's own device: its identity and the private key with which it signs. The private key never
 * leaves the folder (DESIGN §10); {@link #toString()} does not show it.
 */
public final class DeviceKeys {
    private final DeviceIdentity identity;
    private final PrivateKey privateKey;

    public DeviceKeys(DeviceIdentity identity, PrivateKey privateKey) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    public DeviceIdentity identity() {
        return identity;
    }

    /** The Ed25519 signature of {@code data} (64 bytes). */
    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance(DeviceIdentity.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The Ed25519 signature of the first {@code length} bytes of {@code in}, read as they stream past. */
    public byte[] sign(java.io.InputStream in, long length) throws java.io.IOException {
        try {
            Signature signer = Signature.getInstance(DeviceIdentity.ALGORITHM);
            signer.initSign(privateKey);
            feed(signer, in, length);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static void feed(Signature s, java.io.InputStream in, long length) throws java.io.IOException,
            java.security.SignatureException {
        byte[] buffer = new byte[1 << 16];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new java.io.EOFException("the data ended early");
            }
            s.update(buffer, 0, n);
            left -= n;
        }
    }

    /** The same name and keys under another device id (a folder restored to data older than what it sent). */
    public DeviceKeys withId(java.util.UUID id) {
        return new DeviceKeys(new DeviceIdentity(id, identity.name(), identity.publicKey()), privateKey);
    }

    /** The same keys under another name. */
    public DeviceKeys renamed(String name) {
        return new DeviceKeys(new DeviceIdentity(identity.id(), name, identity.publicKey()), privateKey);
    }

    @Override
    public String toString() {
        return "DeviceKeys[" + identity.label() + "]";
    }
}
