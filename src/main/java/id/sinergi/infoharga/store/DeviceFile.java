package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.DeviceKeys;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * The device identity of a data folder, kept beside the database and not in it (DESIGN §10), so that a damaged or
 * replaced database file cannot change who the folder is: {@code device.properties} (id, name, public key) and
 * {@code device.key} (the Ed25519 private key, PKCS#8, readable by the owner only where the file system allows).
 * <p>
 * Created once at the folder's first start. A folder that has one of the two files but not the other is refused
 * rather than given a new identity: other devices trust the old key.
 */
public final class DeviceFile {
    public static final String PROPERTIES = "device.properties";
    public static final String PRIVATE_KEY = "device.key";

    private DeviceFile() {
    }

    /** The folder's device, created with {@code defaultName} when the folder has none yet. */
    public static synchronized DeviceKeys loadOrCreate(Path folder, String defaultName) {
        Path properties = folder.resolve(PROPERTIES);
        Path key = folder.resolve(PRIVATE_KEY);
        boolean hasProperties = Files.exists(properties);
        boolean hasKey = Files.exists(key);
        if (hasProperties && hasKey) {
            return load(folder);
        }
        if (hasProperties || hasKey) {
            throw new StoreException("the device identity of " + folder + " is incomplete: "
                    + (hasKey ? PROPERTIES : PRIVATE_KEY) + " is missing; restore it from a copy of the folder",
                    null);
        }
        return create(folder, defaultName);
    }

    /** This computer's name, the first name of a new device: the environment, else {@code /etc/hostname}. */
    public static String hostName() {
        return hostName(System.getenv(), Path.of("/etc/hostname")).orElse("perangkat");
    }

    /**
     * Reads the host name from the environment or {@code hostnameFile}, never through DNS: a reverse look-up on an
     * offline laptop can hang for seconds.
     */
    public static java.util.Optional<String> hostName(java.util.Map<String, String> env, Path hostnameFile) {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String host = env.get(variable);
            if (host != null && !host.isBlank()) {
                return java.util.Optional.of(host.strip());
            }
        }
        try {
            if (Files.isReadable(hostnameFile)) {
                String host = Files.readString(hostnameFile).strip();
                return host.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(host);
            }
        } catch (IOException e) {
            // No name to be had: the caller's default.
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code folder} has a device identity already. */
    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(PROPERTIES)) && Files.exists(folder.resolve(PRIVATE_KEY));
    }

    /** Reads the folder's device; refuses a damaged pair of files. */
    public static DeviceKeys load(Path folder) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            p.load(in);
            UUID id = UUID.fromString(p.getProperty("id", ""));
            PublicKey publicKey = DeviceIdentity.publicKeyOf(Base64.getDecoder().decode(p.getProperty("publicKey",
                    "")));
            byte[] encoded = Base64.getDecoder().decode(Files.readString(folder.resolve(PRIVATE_KEY),
                    StandardCharsets.US_ASCII).strip());
            PrivateKey privateKey = KeyFactory.getInstance(DeviceIdentity.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(encoded));
            DeviceKeys keys = new DeviceKeys(new DeviceIdentity(id, p.getProperty("name", id.toString()),
                    publicKey), privateKey);
            byte[] probe = DeviceIdentity.utf8("device " + id);
            if (!keys.identity().signed(probe, keys.sign(probe))) {
                throw new StoreException("the private key in " + folder.resolve(PRIVATE_KEY)
                        + " does not belong to the public key in " + PROPERTIES, null);
            }
            return keys;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException("cannot read the device identity of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Gives the folder's device another name (the id and keys stay). */
    public static synchronized DeviceKeys rename(Path folder, String name) {
        DeviceKeys renamed = load(folder).renamed(name);
        writeProperties(folder, renamed.identity(), Instant.now());
        return renamed;
    }

    /**
     * Gives the folder's device a new id, keeping its name and keys: after a restore of data older than what the
     * device already sent, the sequence numbers after the restored ones are taken by changes other devices hold, so
     * its new changes must come from a device id that has none yet.
     */
    public static synchronized DeviceKeys renewId(Path folder) {
        DeviceKeys renewed = load(folder).withId(UUID.randomUUID());
        writeProperties(folder, renewed.identity(), Instant.now());
        return renewed;
    }

    private static DeviceKeys create(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            KeyPair pair = KeyPairGenerator.getInstance(DeviceIdentity.ALGORITHM).generateKeyPair();
            DeviceIdentity identity = new DeviceIdentity(UUID.randomUUID(), name, pair.getPublic());
            writeOwnerOnly(folder.resolve(PRIVATE_KEY),
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            writeProperties(folder, identity, Instant.now());
            return new DeviceKeys(identity, pair.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("cannot create the device identity in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void writeProperties(Path folder, DeviceIdentity identity, Instant at) {
        Properties p = new Properties();
        p.setProperty("id", identity.id().toString());
        p.setProperty("name", identity.name());
        p.setProperty("publicKey", Base64.getEncoder().encodeToString(identity.encodedKey()));
        p.setProperty("fingerprint", identity.fingerprint());
        Path target = folder.resolve(PROPERTIES);
        Path temp = folder.resolve(PROPERTIES + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Sinergi Smart Info Harga: this data folder's device (changed " + at + ")");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new file that only its owner can read, then gives it its name; never replaces an existing one. */
    private static void writeOwnerOnly(Path target, String content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        boolean posix = Files.getFileStore(target.getParent()).supportsFileAttributeView("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (posix) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(temp);
            // Windows: the per-user data folder (%LOCALAPPDATA%) is already private to the user.
        }
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
