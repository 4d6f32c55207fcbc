package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.exchange.PackageManifest;
import id.sinergi.infoharga.exchange.PackageProgress;
import id.sinergi.infoharga.exchange.PackageWriter;
import id.sinergi.infoharga.exchange.SyncPackage;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every package is hostile until checked whole (issue 13): a flipped byte anywhere, a part replaced with its hash
 * recomputed, a package signed by an unaccepted, revoked or impostor device, and an officer's package touching
 * another officer's market or master data are each refused with a message, and nothing of them is applied.
 */
class PackageTamperingTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    Laptop office;
    Laptop raya;
    Path good;

    @BeforeEach
    void twoDevices() {
        office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock);
        var accounts = office.context.accounts();
        accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        Actor kepala = office.login("kepala");
        accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
        accounts.createUser(kepala, "sari", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "sari", List.of(office.market("DINOYO")), List.of());
        raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock);
        raya.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                WorkProgress.NONE);
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        good = raya.send("budi", "raya.sinergi");
        // The office accepts the laptop once; then reads nothing of it but what each test hands it.
        assertThatThrownBy(() -> office.receive("kepala", good)).isInstanceOf(DeviceNotAcceptedException.class);
        office.context.sync().accept(kepala, raya.context.device().identity().id().toString(), null);
    }

    @AfterEach
    void close() {
        office.close();
        raya.close();
    }

    private long officeChanges() {
        return office.context.sync().devices(office.login("kepala")).stream().mapToLong(DeviceInfo::held).sum();
    }

    private void assertRefusedAndNothingApplied(Path file, String... messageParts) {
        long before = officeChanges();
        byte[] prices = office.exportedPrices(D1.minusDays(7), D1);
        var refused = assertThatThrownBy(() -> office.receive("kepala", file))
                .isInstanceOf(PackageRefusedException.class);
        if (messageParts.length > 0) {
            refused.hasMessageContainingAll(messageParts);
        }
        assertThat(officeChanges()).isEqualTo(before);
        assertThat(office.exportedPrices(D1.minusDays(7), D1)).isEqualTo(prices);
    }

    @Test
    void theUntouchedPackageIsApplied() {
        ReceiveResult r = office.receive("kepala", good);
        assertThat(r.fresh()).isEqualTo(2);
        assertThat(office.context.entries().marketDay(office.market("RAYA-MJS"), D1)).hasSize(2);
    }

    @Test
    void aFlippedByteAnywhereRefusesTheWholePackage() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 0; i < bytes.length; i += Math.max(1, bytes.length / 40)) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x01;
            Path file = dir.resolve("flipped-" + i + ".sinergi");
            Files.write(file, flipped);
            assertRefusedAndNothingApplied(file);
        }
    }

    @Test
    void aPartReplacedWithItsHashRecomputedFailsTheSignature() throws IOException {
        Map<String, byte[]> parts = parts(good);
        String lines = new String(parts.get(SyncPackage.CHANGES), StandardCharsets.UTF_8);
        assertThat(lines).contains("\"p\":13000");
        byte[] changed = lines.replace("\"p\":13000", "\"p\":31000").getBytes(StandardCharsets.UTF_8);
        String manifest = new String(parts.get(SyncPackage.MANIFEST), StandardCharsets.UTF_8)
                .replace(sha256(parts.get(SyncPackage.CHANGES)), sha256(changed));
        parts.put(SyncPackage.CHANGES, changed);
        parts.put(SyncPackage.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("rehashed.sinergi");
        zip(file, parts);
        assertRefusedAndNothingApplied(file, "Tanda tangan paket rehashed.sinergi tidak cocok");

        // Re-signed with another key under the laptop's id: the key known here for that id decides.
        Map<String, byte[]> resigned = new LinkedHashMap<>(parts);
        resigned.put(SyncPackage.SIGNATURE, impostor().sign(parts.get(SyncPackage.MANIFEST)));
        Path other = dir.resolve("resigned.sinergi");
        zip(other, resigned);
        assertRefusedAndNothingApplied(other, "Tanda tangan paket");
    }

    @Test
    void aPackageWithAnExtraPartOrWithoutOneIsRefused() throws IOException {
        Map<String, byte[]> parts = parts(good);
        parts.put("run.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        Path extra = dir.resolve("extra.sinergi");
        zip(extra, parts);
        assertRefusedAndNothingApplied(extra, "run.sh");
        Map<String, byte[]> fewer = parts(good);
        fewer.remove(SyncPackage.SIGNATURE);
        Path missing = dir.resolve("unsigned.sinergi");
        zip(missing, fewer);
        assertRefusedAndNothingApplied(missing, "unsigned.sinergi");
        Path text = dir.resolve("text.sinergi");
        Files.writeString(text, "bukan zip");
        assertRefusedAndNothingApplied(text, "bukan paket");
    }

    @Test
    void aRevokedDeviceIsRefusedAndAnImpostorWaitsForAcceptance() throws IOException {
        office.context.sync().revoke(office.login("kepala"), "Laptop Pasar Raya");
        assertRefusedAndNothingApplied(good, "dicabut");

        // A device nobody accepted: its package applies nothing and the device waits on the Perangkat list.
        DeviceKeys stranger = impostor();
        Path file = dir.resolve("stranger.sinergi");
        UUID origin = stranger.identity().id();
        write(file, stranger, "budi", List.of(change(origin, 1, 900, "budi", Entity.PRICE,
                "RAYA-MJS|BERAS-MEDIUM|2026-11-30", "{\"p\":9000}")));
        assertThatThrownBy(() -> office.receive("kepala", file)).isInstanceOf(DeviceNotAcceptedException.class)
                .hasMessageContaining(stranger.identity().fingerprint());
        assertThat(office.context.sync().devices(office.login("kepala")))
                .anySatisfy(d -> {
                    assertThat(d.id()).isEqualTo(origin);
                    assertThat(d.status()).isEqualTo(DeviceInfo.Status.PENDING);
                });
        assertThat(office.context.entries().marketDay(office.market("RAYA-MJS"), D1)).isEmpty();
    }

    @Test
    void anOfficersPackageTouchingAnotherMarketIsRefusedWithTheLineThatSaysWhich() throws IOException {
        office.receive("kepala", good);
        DeviceKeys keys = DeviceFile.load(raya.folder);
        UUID laptop = keys.identity().id();
        long held = raya.context.sync().devices(raya.login("budi")).stream()
                .filter(d -> d.status() == DeviceInfo.Status.SELF).findFirst().orElseThrow().held();
        Path file = dir.resolve("other-market.sinergi");
        write(file, keys, "budi", List.of(
                change(laptop, held + 1, 5_000, "budi", Entity.PRICE, "RAYA-MJS|GULA-PASIR|2026-11-29",
                        "{\"p\":17000}"),
                change(laptop, held + 2, 5_001, "budi", Entity.PRICE, "DINOYO|BERAS-MEDIUM|2026-11-30",
                        "{\"p\":9000}")));
        assertRefusedAndNothingApplied(file, "Baris 2", "DINOYO|BERAS-MEDIUM|2026-11-30", "budi",
                "tidak ditugaskan di pasar [Pasar Dinoyo]");
        assertThat(office.context.entries().marketDay(office.market("RAYA-MJS"), D1.minusDays(1)))
                .as("the allowed first line was not applied either").isEmpty();

        Path master = dir.resolve("master-data.sinergi");
        write(master, keys, "budi", List.of(change(laptop, held + 1, 5_000, "budi", Entity.MARKET, "RAYA-MJS",
                "{\"name\":\"Pasar Budi\",\"active\":true}")));
        assertRefusedAndNothingApplied(master, "Baris 1", "RAYA-MJS", "tidak berwenang");

        // Changes of another device in an officer's package: only an office device forwards.
        Path relay = dir.resolve("relay.sinergi");
        UUID someone = UUID.randomUUID();
        write(relay, keys, "budi", List.of(change(someone, 1, 5_000, "sari", Entity.PRICE,
                "DINOYO|BERAS-MEDIUM|2026-11-30", "{\"p\":9000}")));
        assertRefusedAndNothingApplied(relay, "Baris 1", "bukan perangkat kantor");
    }

    // ---- building packages by hand, as an attacker or a broken client would ----

    private static Change change(UUID device, long seq, long lamport, String user, Entity entity, String key,
                                 String value) {
        return new Change(new ChangeId(device, seq), lamport, Instant.parse("2026-12-01T02:00:00Z"), user, entity,
                key, value, null);
    }

    private static void write(Path file, DeviceKeys keys, String user, List<Change> changes) {
        DeviceIdentity me = keys.identity();
        PackageWriter.write(file, keys, changes.iterator(), changes.size(), part -> new PackageManifest(
                PackageManifest.FORMAT, new PackageManifest.Device(me.id(), me.name(), me.encodedKey()), user,
                Instant.parse("2026-12-01T02:00:00Z"), null, Map.of(), null,
                changes.stream().map(c -> c.id().device()).distinct()
                        .map(d -> new PackageManifest.Device(d, "perangkat", null)).toList(),
                List.of(part)), PackageProgress.NONE);
    }

    private static DeviceKeys impostor() {
        try {
            var pair = KeyPairGenerator.getInstance(DeviceIdentity.ALGORITHM).generateKeyPair();
            return new DeviceKeys(new DeviceIdentity(UUID.randomUUID(), "Laptop Palsu", pair.getPublic()),
                    pair.getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static void zip(Path file, Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
