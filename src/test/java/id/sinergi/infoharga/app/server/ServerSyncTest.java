package id.sinergi.infoharga.app.server;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.DeviceNotAcceptedException;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sync with a real central PostgreSQL (issue 14): a new device's changes wait until an administrator accepts it
 * and are then served in order; pushing twice changes nothing; a connection cut mid-push and mid-pull resumes to
 * the same data; one device through the server, one through files relayed by the office, and the office through
 * both end with the same picture; no network says so in one line and changes nothing.
 */
class ServerSyncTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);
    static final LocalDate FROM = D1.minusDays(40);
    static final LocalDate TO = D1.plusDays(3);

    @TempDir
    Path dir;
    TestServer server;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    Laptop office;
    Laptop raya;
    Laptop dinoyo;
    ServerAccount budi;

    @BeforeEach
    void setUp() {
        server = TestServer.create();
        office = new Laptop(dir.resolve("kantor"), "Laptop Kantor Perekonomian", clock);
        var accounts = office.context.accounts();
        accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        Actor kepala = office.login("kepala");
        accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")),
                List.of(office.catalog().findOutlet("WLD-RAYA-MJS").orElseThrow().id()));
        accounts.createUser(kepala, "sari", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "sari", List.of(office.market("DINOYO")), List.of());
        Path start = office.send("kepala", "awal.sinergi");
        raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya Mojosari", clock);
        raya.context.sync().startFrom(start, office.fingerprint(), WorkProgress.NONE);
        dinoyo = new Laptop(dir.resolve("dinoyo"), "Laptop Pasar Dinoyo", clock);
        dinoyo.context.sync().startFrom(start, office.fingerprint(), WorkProgress.NONE);

        ServerService.InitResult init = office.context.server().init(kepala, server.url.jdbc(), null, "mojokerto",
                "Kabupaten Mojokerto");
        assertThat(init.regency()).isEqualTo("mojokerto");
        budi = office.context.server().addAccount(kepala, null, "budi");
    }

    @AfterEach
    void tearDown() {
        for (Laptop l : new Laptop[] {office, raya, dinoyo}) {
            if (l != null) {
                l.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    void tick() {
        clock.advance(Duration.ofMinutes(7));
    }

    SyncResult sync(Laptop l, String user) {
        tick();
        return l.context.server().sync(l.login(user), null, null, WorkProgress.NONE);
    }

    long count(String sql) throws SQLException {
        try (Connection c = server.superuser(); var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aNewDevicesChangesWaitUntilAcceptedThenAreServedInOrderAndPushingTwiceChangesNothing() throws Exception {
        tick();
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        tick();
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_100);
        SyncResult first = raya.context.server().sync(raya.login("budi"), budi.url(), budi.password().toCharArray(),
                WorkProgress.NONE);
        // Three changes of Raya's own (two prices, then one of them again), all waiting on the server.
        assertThat(first.pushed()).isEqualTo(3);
        assertThat(first.pending()).isTrue();
        assertThat(first.waiting()).isEqualTo(3);
        // The office has pushed nothing yet.
        assertThat(first.pulledNew()).isZero();
        assertThat(first.known()).isZero();
        // The password is kept encrypted: not in the settings file as text.
        String file = Files.readString(raya.folder.resolve("server.properties"), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain(budi.password()).contains("account.budi.password");
        assertThat(raya.context.server().settings().password("budi")).hasValueSatisfying(p ->
                assertThat(new String(p)).isEqualTo(budi.password()));

        SyncResult officeFirst = sync(office, "kepala");
        assertThat(officeFirst.pulledNew()).as("not served before acceptance").isZero();
        assertThat(price(office, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("-");
        ServerStatus status = office.context.server().status(office.login("kepala"));
        assertThat(status.waiting()).isEqualTo(3);
        assertThat(status.devices()).anySatisfy(d -> {
            assertThat(d.name()).isEqualTo("Laptop Pasar Raya Mojosari");
            assertThat(d.status()).isEqualTo(ServerDeviceInfo.Status.PENDING);
            assertThat(d.lastSyncUser()).isEqualTo("budi");
        });

        String rayaId = raya.context.device().identity().id().toString();
        assertThat(office.context.server().accept(office.login("kepala"), rayaId.substring(0, 8)))
                .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(ServerDeviceInfo.Status.ACCEPTED));
        SyncResult officeSecond = sync(office, "kepala");
        assertThat(officeSecond.pulledNew()).isEqualTo(3);
        // In order: the second rice price (13.100) replaced the first, as on Raya.
        assertThat(price(office, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("13100");
        assertThat(price(office, "RAYA-MJS", "GULA-PASIR")).isEqualTo("17500");
        SyncResult rayaSecond = sync(raya, "budi");
        assertThat(rayaSecond.pending()).isFalse();
        // The office's own changes (accounts, assignments) Raya already held from the office's package.
        assertThat(rayaSecond.pulledNew()).isZero();
        assertThat(rayaSecond.known()).isGreaterThan(0);

        // Pushing again: nothing new, the same rows.
        long rows = count("SELECT count(*) FROM infoharga.change");
        SyncResult again = sync(raya, "budi");
        assertThat(again.pushed()).isZero();
        assertThat(again.pulledNew()).isZero();
        assertThat(count("SELECT count(*) FROM infoharga.change")).isEqualTo(rows);
        // The server's reporting table holds the winning price.
        assertThat(count("SELECT price_rp FROM infoharga.price WHERE market_code = 'RAYA-MJS'"
                + " AND commodity_code = 'BERAS-MEDIUM'")).isEqualTo(13_100);
    }

    @Test
    void aConnectionCutMidPushAndMidPullResumesToTheSameData() throws Exception {
        // Forty days of three prices at the office: 120 changes after the accounts.
        Actor kepala = office.login("kepala");
        for (int d = 0; d < 40; d++) {
            tick();
            office.enter("kepala", "RAYA-MJS", D1.minusDays(d), "BERAS-MEDIUM", 12_000 + d * 10, "GULA-PASIR",
                    17_000 + d, "MINYAKITA", 15_000 + d * 3);
        }
        long officeChanges = office.context.sync().devices(kepala).stream().filter(d -> d.status()
                == id.sinergi.infoharga.app.sync.DeviceInfo.Status.SELF).findFirst().orElseThrow().held();
        assertThat(officeChanges).isGreaterThan(120);

        AtomicInteger cuts = new AtomicInteger();
        ServerService cutting = office.context.server().withBatches(25, 25, (push, batch, pid) -> {
            if (push && batch == 2 && cuts.getAndIncrement() == 0) {
                server.terminate(pid);
            }
        });
        assertThatThrownBy(() -> cutting.sync(kepala, null, null, WorkProgress.NONE))
                .isInstanceOf(ServerUnreachableException.class).hasMessageStartingWith("Server pusat tidak dapat");
        assertThat(count("SELECT count(*) FROM infoharga.change")).as("two batches arrived").isEqualTo(50);
        SyncResult resumed = office.context.server().withBatches(25, 25, ServerService.BatchListener.NONE)
                .sync(kepala, null, null, WorkProgress.NONE);
        assertThat(resumed.pushed()).isEqualTo((int) officeChanges - 50);
        assertThat(count("SELECT count(*) FROM infoharga.change")).isEqualTo(officeChanges);
        assertThat(count("SELECT count(DISTINCT origin_seq) FROM infoharga.change")).isEqualTo(officeChanges);
        assertThat(count("SELECT max(origin_seq) FROM infoharga.change")).isEqualTo(officeChanges);

        // Dinoyo (a folder that started from an older package) pulls; the connection is cut after three batches.
        office.context.server().addAccount(kepala, null, "sari");
        ServerAccount sari = office.context.server().addAccount(kepala, null, "sari");
        AtomicInteger pullCuts = new AtomicInteger();
        ServerService dinoyoCut = dinoyo.context.server().withBatches(25, 25, (push, batch, pid) -> {
            if (!push && batch == 3 && pullCuts.getAndIncrement() == 0) {
                server.terminate(pid);
            }
        });
        Actor sariActor = dinoyo.login("sari");
        assertThatThrownBy(() -> dinoyoCut.sync(sariActor, sari.url(), sari.password().toCharArray(),
                WorkProgress.NONE)).isInstanceOf(ServerUnreachableException.class);
        // Three batches were applied with their position; not the rest.
        assertThat(dinoyo.exportedPrices(FROM, TO)).isNotEqualTo(office.exportedPrices(FROM, TO));
        SyncResult rest = dinoyo.context.server().sync(sariActor, null, null, WorkProgress.NONE);
        assertThat(rest.known()).as("nothing applied twice: no change pulled again").isZero();
        // Raya pulls the same without a cut: three devices, the same prices byte for byte.
        raya.context.server().sync(raya.login("budi"), budi.url(), budi.password().toCharArray(),
                WorkProgress.NONE);
        byte[] expected = office.exportedPrices(FROM, TO);
        assertThat(new String(expected, StandardCharsets.UTF_8)).contains("12390");
        assertThat(dinoyo.exportedPrices(FROM, TO)).isEqualTo(expected);
        assertThat(raya.exportedPrices(FROM, TO)).isEqualTo(expected);
    }

    @Test
    void oneDeviceThroughTheServerOneThroughFilesAndTheOfficeThroughBothConverge() {
        Actor kepala = office.login("kepala");
        tick();
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500, "MINYAKITA", 15_700);
        raya.context.stock().record(raya.login("budi"), new StockDayEntry(
                raya.catalog().findOutlet("WLD-RAYA-MJS").orElseThrow().id(), D1, List.of(
                new StockDayEntry.Line(raya.commodity("BERAS-SPHP"), new BigDecimal("500"), "Bulog", null, null,
                        null))));
        tick();
        dinoyo.enter("sari", "DINOYO", D1, "BERAS-MEDIUM", 12_800, "GULA-PASIR", 17_000);
        tick();
        MasterDataService master = office.context.masterData();
        int beras = office.catalog().groups().stream().filter(g -> g.code().equals("BERAS")).findFirst()
                .orElseThrow().id();
        master.saveCommodity(kepala, new MasterDataService.CommodityDraft(null, "KOPI-BUBUK", "Kopi", "bubuk", "kg",
                beras), null, "komoditas baru");
        tick();
        // The office corrects Raya's rice without having seen it: a conflict, the office's later change wins.
        office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900, "KOPI-BUBUK", 58_000);

        // Raya through the server (accepted by the office there); Dinoyo through a package to the office.
        raya.context.server().sync(raya.login("budi"), budi.url(), budi.password().toCharArray(), WorkProgress.NONE);
        office.context.server().accept(kepala, raya.context.device().identity().id().toString());
        tick();
        Path fromDinoyo = dinoyo.send("sari", "dinoyo-1.sinergi");
        try {
            office.receive("kepala", fromDinoyo);
        } catch (DeviceNotAcceptedException e) {
            office.context.sync().accept(kepala, dinoyo.context.device().identity().id().toString(), null);
            office.receive("kepala", fromDinoyo);
        }
        SyncResult officeSync = sync(office, "kepala");
        assertThat(officeSync.conflicts()).isEqualTo(1);
        SyncResult rayaSync = sync(raya, "budi");
        assertThat(rayaSync.pulledNew()).as("the office's and Dinoyo's changes").isGreaterThan(0);
        tick();
        dinoyo.receive("sari", office.send("kepala", "ke-dinoyo-1.sinergi",
                dinoyo.context.device().identity().id().toString(), false));

        byte[] prices = office.exportedPrices(FROM, TO);
        assertThat(new String(prices, StandardCharsets.UTF_8)).contains("RAYA-MJS", "DINOYO", "KOPI-BUBUK");
        assertThat(price(office, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("12900");
        assertThat(price(raya, "DINOYO", "BERAS-MEDIUM")).isEqualTo("12800");
        assertThat(price(dinoyo, "RAYA-MJS", "GULA-PASIR")).isEqualTo("17500");
        for (Laptop l : List.of(raya, dinoyo)) {
            assertThat(l.exportedPrices(FROM, TO)).as("prices of %s", l.folder).isEqualTo(prices);
            assertThat(l.stock()).isEqualTo(office.stock());
            assertThat(l.masterData()).isEqualTo(office.masterData());
            assertThat(l.accounts()).isEqualTo(office.accounts());
            assertThat(l.conflicts()).isEqualTo(office.conflicts());
        }
        assertThat(office.conflicts().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("price RAYA-MJS|BERAS-MEDIUM|2026-11-30: Rp12.900").contains("over Rp13.000"));
        for (Laptop l : List.of(office, raya, dinoyo)) {
            var report = l.context.verifier().verify();
            assertThat(report.sound()).as("verify on %s: %s", l.folder, report.lines(l.context.messages())).isTrue();
        }
    }

    @Test
    void aChangeWhoseBaseReachedTheServerLaterWaitsForItInsteadOfBlockingThePull() {
        Actor kepala = office.login("kepala");
        // The office sets Raya's rice and hands it to Raya in a package, without syncing with the server.
        tick();
        office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900);
        tick();
        raya.receive("budi", office.send("kepala", "ke-raya.sinergi", null, true));
        // Raya corrects it (its base: the office's change) and syncs; the office accepts Raya on the server.
        tick();
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_050);
        raya.context.server().sync(raya.login("budi"), budi.url(), budi.password().toCharArray(), WorkProgress.NONE);
        office.context.server().accept(kepala, raya.context.device().identity().id().toString());
        ServerAccount sari = office.context.server().addAccount(kepala, null, "sari");
        // Dinoyo pulls Raya's correction before the office's price is on the server: refused, nothing applied.
        assertThatThrownBy(() -> dinoyo.context.server().sync(dinoyo.login("sari"), sari.url(),
                sari.password().toCharArray(), WorkProgress.NONE)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("belum diterima di sini");
        assertThat(price(dinoyo, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("-");
        // Once the office has synced, the same pull fetches the office's price first and goes through.
        sync(office, "kepala");
        SyncResult r = sync(dinoyo, "sari");
        assertThat(price(dinoyo, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("13050");
        assertThat(r.conflicts()).isZero();
        assertThat(dinoyo.exportedPrices(FROM, TO)).isEqualTo(office.exportedPrices(FROM, TO));
        assertThat(price(office, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("13050");
    }

    @Test
    void noNetworkSaysSoInOneLineAndChangesNothing() {
        tick();
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
        // Nothing listens on port 1 of this machine.
        assertThatThrownBy(() -> raya.context.server().sync(raya.login("budi"),
                "jdbc:postgresql://127.0.0.1:1/" + server.database + "?user=" + budi.role(),
                budi.password().toCharArray(), WorkProgress.NONE))
                .isInstanceOf(ServerUnreachableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith("Server pusat tidak"));
        assertThat(raya.context.server().configured()).as("the address was not remembered").isFalse();
        assertThat(raya.context.server().lastSync()).isEmpty();
        assertThatThrownBy(() -> raya.context.server().sync(raya.login("budi"), null, null, WorkProgress.NONE))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Alamat server pusat belum diisi");
    }

    String price(Laptop l, String market, String commodity) {
        return l.context.entries().marketDay(l.market(market), D1).stream()
                .filter(o -> o.commodityId() == l.commodity(commodity)).findFirst()
                .map(o -> Long.toString(o.priceRp())).orElse("-");
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
