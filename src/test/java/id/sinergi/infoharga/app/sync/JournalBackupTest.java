package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups of a folder with a change log: a backup and its restore keep the journal as it was (the log, the version
 * of every key, the devices and their counters), so that the folder goes on numbering its changes where it stopped;
 * and a restore of data older than the last package the device sent gives the device a new id (same name and key),
 * so that its next changes are not sequence numbers the office already holds with other content, which the office
 * would drop as known.
 */
class JournalBackupTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);
    /** The tables of the journal, and the prices that carry their versions. */
    static final Set<String> JOURNAL = Set.of("CHANGE_LOG", "CHANGE_HEAD", "SYNC_DEVICE", "SYNC_STATE", "SYNC_PEER",
            "SYNC_CONFLICT", "PRICE_OBSERVATION", "AUDIT_LOG");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private final Messages messages = new Messages(Messages.INDONESIAN);

    @Test
    void aBackupAndItsRestoreKeepTheJournalAndTheNumberingGoesOn() {
        Path kantor = dir.resolve("kantor");
        Path raya = dir.resolve("raya");
        Path backup = dir.resolve("kantor.zip");
        try (Laptop office = office(kantor); Laptop laptop = new Laptop(raya, "Laptop Pasar Raya", clock)) {
            laptop.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                    WorkProgress.NONE);
            tick();
            laptop.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
            officeReads(office, laptop, laptop.send("budi", "raya-1.sinergi"));
            tick();
            office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900);
            office.context.backups().backupTo(office.login("kepala"), backup);
        }
        List<String> before = journalRows(kantor);
        assertThat(before).anyMatch(r -> r.startsWith("CHANGE_LOG")).anyMatch(r -> r.startsWith("SYNC_PEER"));

        BackupService.RestoreResult restored = BackupService.restore(kantor, backup, clock, messages,
                BackupService.RestoreAuthority.ofCurrentAdmin());
        assertThat(restored.report().sound()).isTrue();
        assertThat(restored.renewedDevice()).as("the backup holds the last package sent").isEmpty();
        assertThat(journalRows(kantor)).isEqualTo(before);

        try (Laptop office = new Laptop(kantor, "Laptop Kantor", clock);
             Laptop laptop = new Laptop(raya, "Laptop Pasar Raya", clock)) {
            long held = office.context.sync().devices(office.login("kepala")).get(0).held();
            tick();
            office.enter("kepala", "RAYA-MJS", D1, "MINYAKITA", 15_700);
            assertThat(office.context.sync().devices(office.login("kepala")).get(0).held()).isEqualTo(held + 1);
            // The office's next change follows the ones the laptop already holds: no gap, nothing taken twice.
            tick();
            var r = laptop.receive("budi", office.send("kepala", "ke-raya.sinergi",
                    laptop.context.device().identity().id().toString(), false));
            // The office's acceptance of the laptop, its correction before the backup and its change after it.
            assertThat(r.fresh()).isEqualTo(3);
            assertThat(laptop.exportedPrices(D1, D1)).isEqualTo(office.exportedPrices(D1, D1));
            assertThat(office.context.verifier().verify().sound()).isTrue();
        }
    }

    @Test
    void restoringDataOlderThanThePackageSentGivesTheDeviceANewId() {
        Path kantor = dir.resolve("kantor");
        Path raya = dir.resolve("raya");
        Path backup = dir.resolve("raya.zip");
        DeviceIdentity before;
        try (Laptop office = office(kantor); Laptop laptop = new Laptop(raya, "Laptop Pasar Raya", clock)) {
            laptop.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                    WorkProgress.NONE);
            tick();
            laptop.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
            laptop.context.backups().backupTo(laptop.login("kepala"), backup);
            tick();
            laptop.enter("budi", "RAYA-MJS", D1, "GULA-PASIR", 17_500);
            officeReads(office, laptop, laptop.send("budi", "raya-1.sinergi"));
            before = laptop.context.device().identity();
        }

        BackupService.RestoreResult restored = BackupService.restore(raya, backup, clock, messages,
                BackupService.RestoreAuthority.ofCurrentAdmin());
        assertThat(restored.report().sound()).isTrue();
        DeviceIdentity renewed = restored.renewedDevice().orElseThrow();
        assertThat(renewed.id()).isNotEqualTo(before.id());
        assertThat(renewed.name()).isEqualTo(before.name());
        assertThat(renewed.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(DeviceFile.load(raya).identity().id()).isEqualTo(renewed.id());

        try (Laptop office = new Laptop(kantor, "Laptop Kantor", clock);
             Laptop laptop = new Laptop(raya, "Laptop Pasar Raya", clock)) {
            assertThat(price(laptop, "GULA-PASIR")).as("rolled back by the restore").isEqualTo("-");
            tick();
            // The first change after the restore: under the old id its number was already sent with the sugar.
            laptop.enter("budi", "RAYA-MJS", D1, "MINYAKITA", 15_700);
            Path next = laptop.send("budi", "raya-2.sinergi");
            assertThatThrownBy(() -> office.receive("kepala", next)).isInstanceOf(DeviceNotAcceptedException.class)
                    .hasMessageContaining(before.fingerprint());
            officeReads(office, laptop, next);
            assertThat(price(office, "MINYAKITA")).as("the new change counts at the office").isEqualTo("15700");
            assertThat(price(office, "GULA-PASIR")).isEqualTo("17500");

            // The office returns what the restore rolled back; both end with the same prices.
            tick();
            laptop.receive("budi", office.send("kepala", "ke-raya.sinergi",
                    laptop.context.device().identity().id().toString(), false));
            assertThat(price(laptop, "GULA-PASIR")).isEqualTo("17500");
            assertThat(laptop.exportedPrices(D1, D1)).isEqualTo(office.exportedPrices(D1, D1));
            for (Laptop l : List.of(office, laptop)) {
                assertThat(l.context.verifier().verify().sound()).as("verify on %s", l.folder).isTrue();
            }
            // The old id is another device here now (accepted, as the office's decision travelled back), holding its
            // changes up to the sugar; the new one is this device.
            var devices = laptop.context.sync().devices(laptop.login("kepala"));
            assertThat(devices.get(0).id()).isEqualTo(renewed.id());
            assertThat(devices.get(0).status()).isEqualTo(DeviceInfo.Status.SELF);
            assertThat(devices).filteredOn(d -> d.id().equals(before.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeviceInfo.Status.ACCEPTED);
                assertThat(d.held()).isEqualTo(2);
            });
        }
    }

    private Laptop office(Path folder) {
        Laptop office = new Laptop(folder, "Laptop Kantor", clock);
        var accounts = office.context.accounts();
        accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        Actor kepala = office.login("kepala");
        accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
        return office;
    }

    /** The office reads a laptop's package, accepting the laptop first when it does not know it yet. */
    private void officeReads(Laptop office, Laptop laptop, Path file) {
        tick();
        try {
            office.receive("kepala", file);
        } catch (DeviceNotAcceptedException e) {
            office.context.sync().accept(office.login("kepala"), laptop.context.device().identity().id().toString(),
                    null);
            office.receive("kepala", file);
        }
    }

    private static String price(Laptop l, String commodity) {
        return l.context.entries().marketDay(l.market("RAYA-MJS"), D1).stream()
                .filter(o -> o.commodityId() == l.commodity(commodity)).findFirst()
                .map(o -> Long.toString(o.priceRp())).orElse("-");
    }

    /** The rows of the journal's tables (and the versioned prices, and the audit trail) of a closed folder. */
    private static List<String> journalRows(Path folder) {
        List<String> out = new ArrayList<>();
        try (Database db = Database.open(folder)) {
            String table = null;
            for (String statement : new Store(db).read(tx -> tx.integrity().script().toList())) {
                for (String line : statement.lines().toList()) {
                    if (line.startsWith("INSERT INTO \"PUBLIC\".\"")) {
                        int start = "INSERT INTO \"PUBLIC\".\"".length();
                        table = line.substring(start, line.indexOf('"', start));
                    } else if (table != null && line.startsWith("(")) {
                        if (JOURNAL.contains(table)) {
                            out.add(table + " " + line);
                        }
                    } else {
                        table = null;
                    }
                }
            }
        }
        return out;
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(5));
    }
}
