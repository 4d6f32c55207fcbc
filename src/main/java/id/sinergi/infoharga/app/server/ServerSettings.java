package id.sinergi.infoharga.app.server;

import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.store.server.ServerSettingsFile;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A data folder's central-server settings: the address (without user or password), the regency and the server's
 * id for it once known, the last successful sync, and per local account its server role and password. The
 * password is kept encrypted (AES-256-GCM) under a key derived from this device's private key (its Ed25519
 * signature of a fixed text: deterministic, and only this folder's key can make it), so the settings file alone
 * reveals nothing; it is never shown or logged.
 */
public final class ServerSettings {
    private static final String URL = "url";
    private static final String REGENCY = "regency";
    private static final String SERVER_ID = "server-id";
    private static final String LAST_SYNC = "last-sync";
    private static final byte[] KEY_TEXT = "sinergi-info-harga server password key v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSettingsFile file;
    private final DeviceKeys device;

    public ServerSettings(ServerSettingsFile file, DeviceKeys device) {
        this.file = file;
        this.device = device;
    }

    /** The remembered server address (no user, no password). */
    public Optional<String> url() {
        return Optional.ofNullable(file.read().get(URL));
    }

    public Optional<String> regency() {
        return Optional.ofNullable(file.read().get(REGENCY));
    }

    /** The server's id of this folder's regency: a pull position belongs to that server only. */
    public Optional<UUID> serverId() {
        return Optional.ofNullable(file.read().get(SERVER_ID)).map(UUID::fromString);
    }

    public Optional<Instant> lastSync() {
        return Optional.ofNullable(file.read().get(LAST_SYNC)).map(Instant::parse);
    }

    /** The PostgreSQL role of {@code username} on the server, when known. */
    public Optional<String> role(String username) {
        return Optional.ofNullable(file.read().get("account." + username + ".role"));
    }

    /** Whether a password of {@code username} is kept. */
    public boolean hasPassword(String username) {
        return file.read().containsKey("account." + username + ".password");
    }

    /** The password of {@code username}, decrypted; empty when none is kept or it cannot be read with this key. */
    public Optional<char[]> password(String username) {
        String sealed = file.read().get("account." + username + ".password");
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(all, 12, all.length - 12);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] out = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            Arrays.fill(plain, (byte) 0);
            return Optional.of(out);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Another device's file, or a changed key: as if none were kept (the person gives it again).
            return Optional.empty();
        }
    }

    /** Remembers the address (without user and password). */
    public void saveUrl(String url) {
        update(Map.of(URL, url));
    }

    public void saveServer(String regency, UUID serverId) {
        update(Map.of(REGENCY, regency, SERVER_ID, serverId.toString()));
    }

    public void saveLastSync(Instant at) {
        update(Map.of(LAST_SYNC, at.toString()));
    }

    /** The server owner's user name given at {@code server init} (its password is never kept). */
    public Optional<String> owner() {
        return Optional.ofNullable(file.read().get("owner"));
    }

    public void saveOwner(String user) {
        update(Map.of("owner", user));
    }

    /** Keeps {@code username}'s server role (its password stays as it is). */
    public void saveRole(String username, String role) {
        update(Map.of("account." + username + ".role", role));
    }

    /** Keeps {@code username}'s server role and, encrypted, its password. */
    public void saveAccount(String username, String role, char[] password) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            c.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            ByteBuffer plain = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] bytes = Arrays.copyOf(plain.array(), plain.limit());
            Arrays.fill(plain.array(), (byte) 0);
            byte[] sealed = c.doFinal(bytes);
            Arrays.fill(bytes, (byte) 0);
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            update(Map.of("account." + username + ".role", role, "account." + username + ".password",
                    Base64.getEncoder().encodeToString(all)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        byte[] signature = device.sign(KEY_TEXT);
        byte[] key = MessageDigest.getInstance("SHA-256").digest(signature);
        Arrays.fill(signature, (byte) 0);
        return new SecretKeySpec(key, "AES");
    }

    private void update(Map<String, String> values) {
        Map<String, String> all = file.read();
        all.putAll(values);
        file.write(all);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + url().orElse("-") + "]";
    }
}
