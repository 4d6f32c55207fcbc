package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.PriceChange;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.journal.Receiving;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price's history where the import (issue 11) and the exchange (issue 13) meet: on the office that imported a
 * file its prices tell the file they came from; on a laptop that received them they are the office's changes, with
 * who and on which device; a change that lost to a newer one is in the history with why it did not count, while
 * the price keeps the winner; and an imported price later corrected elsewhere starts from its imported value.
 */
class HistoryAcrossDevicesTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void importedReceivedAndLostChangesEachTellTheirStory() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (Laptop office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock);
             Laptop raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock)) {
            office.context.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            office.context.accounts().createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            office.context.accounts().assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
            Path csv = dir.resolve("harga-november.csv");
            Files.writeString(csv, "tanggal,pasar,komoditas,harga\n2026-11-30,RAYA-MJS,BERAS-MEDIUM,12500\n"
                    + "2026-11-30,RAYA-MJS,GULA-PASIR,17000\n");
            office.context.imports().importPrices(kepala, new ImportService.ImportRequest(csv, null, null, null,
                    false, false));
            raya.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                    WorkProgress.NONE);

            // The office: both prices from the file.
            assertThat(history(office, "GULA-PASIR")).singleElement().satisfies(c -> {
                assertThat(c.origin()).isEqualTo(PriceChange.Origin.IMPORTED);
                assertThat(c.source()).isEqualTo("harga-november.csv");
                assertThat(c.actor()).isEqualTo("kepala");
                assertThat(c.newText()).isEqualTo("17000");
            });
            // The laptop: the office's change, by kepala on the office's device.
            assertThat(history(raya, "GULA-PASIR")).singleElement().satisfies(c -> {
                assertThat(c.origin()).isEqualTo(PriceChange.Origin.AUDITED);
                assertThat(c.actor()).isEqualTo("kepala");
                assertThat(c.device()).isEqualTo("Laptop Kantor");
                assertThat(c.oldText()).isNull();
                assertThat(c.newText()).isEqualTo("17000");
            });

            // Both change the rice without seeing each other; the office's change is made later (higher counter).
            clock.advance(Duration.ofMinutes(5));
            raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
            office.enter("kepala", "RAYA-MJS", D1, "GULA-PASIR", 17_200);
            clock.advance(Duration.ofMinutes(5));
            office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900);
            Path fromRaya = raya.send("budi", "raya.sinergi");
            try {
                office.receive("kepala", fromRaya);
            } catch (DeviceNotAcceptedException e) {
                office.context.sync().accept(kepala, raya.context.device().identity().id().toString(), null);
                office.receive("kepala", fromRaya);
            }
            // The office: imported 12.500, its own 12.900, then the laptop's 13.000 that lost.
            assertThat(history(office, "BERAS-MEDIUM")).extracting(PriceChange::origin, PriceChange::newText,
                    PriceChange::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(PriceChange.Origin.UNRECORDED, "12500", null),
                    org.assertj.core.groups.Tuple.tuple(PriceChange.Origin.AUDITED, "12900", null),
                    org.assertj.core.groups.Tuple.tuple(PriceChange.Origin.AUDITED, "13000", Receiving.LOST_REASON));
            assertThat(office.context.verifier().verify().sound()).as("the price is the winner, 12.900").isTrue();

            raya.receive("budi", office.send("kepala", "ke-raya.sinergi",
                    raya.context.device().identity().id().toString(), false));
            assertThat(history(raya, "BERAS-MEDIUM")).extracting(PriceChange::actor, PriceChange::device,
                    PriceChange::newText).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kepala", "Laptop Kantor", "12500"),
                    org.assertj.core.groups.Tuple.tuple("budi", "Laptop Pasar Raya", "13000"),
                    org.assertj.core.groups.Tuple.tuple("kepala", "Laptop Kantor", "12900"));
            assertThat(raya.context.verifier().verify().sound()).isTrue();
            assertThat(raya.exportedPrices(D1, D1)).isEqualTo(office.exportedPrices(D1, D1));
        }
    }

    private static List<PriceChange> history(Laptop l, String commodity) {
        return l.context.priceHistory().changes(l.market("RAYA-MJS"), l.commodity(commodity), D1, D1);
    }
}
