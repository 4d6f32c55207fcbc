package id.sinergi.infoharga.app;

import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop's app-side helpers: the language setting, the local actor, and the reads of the entry screen. */
class SettingsAndActorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T01:00:00Z"), ZoneOffset.UTC);
    private static final Actor OFFICER = new Actor("petugas", "laptop-1");

    @TempDir
    Path folder;

    @Test
    void languageIsIndonesianUntilEnglishIsChosenAndTheChoiceIsAudited() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            SettingsService settings = new SettingsService(store, CLOCK);
            assertThat(settings.language()).isEqualTo(SettingsService.Language.INDONESIAN);
            long before = store.read(tx -> tx.audit().count());
            settings.setLanguage(OFFICER, SettingsService.Language.ENGLISH);
            settings.setLanguage(OFFICER, SettingsService.Language.ENGLISH);
            assertThat(new SettingsService(store, CLOCK).language()).isEqualTo(SettingsService.Language.ENGLISH);
            var audit = store.read(tx -> tx.audit().forKey("app_setting", SettingsService.LANGUAGE));
            assertThat(audit).singleElement().satisfies(a -> {
                assertThat(a.entry().oldValue()).isNull();
                assertThat(a.entry().newValue()).isEqualTo("en");
                assertThat(a.entry().actor()).isEqualTo("petugas");
            });
            long after = store.read(tx -> tx.audit().count());
            assertThat(after).isEqualTo(before + 1);
        }
    }

    @Test
    void theLocalActorComesFromTheUserAndTheHostWithoutDns() throws Exception {
        Path hostname = folder.resolve("hostname");
        Files.writeString(hostname, "Laptop-Pasar\n");
        assertThat(LocalActor.of("sri", Map.of("HOSTNAME", "pc-7"), hostname)).isEqualTo(new Actor("sri", "pc-7"));
        assertThat(LocalActor.of("sri", Map.of("COMPUTERNAME", "KANTOR"), hostname))
                .isEqualTo(new Actor("sri", "kantor"));
        assertThat(LocalActor.of("sri", Map.of(), hostname)).isEqualTo(new Actor("sri", "laptop-pasar"));
        assertThat(LocalActor.of(" ", Map.of(), folder.resolve("none"))).isEqualTo(new Actor("pengguna", "perangkat"));
    }

    @Test
    void theOtherMarketsPricesOfTheDayLeaveOutTheOwnMarket() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            EntryService entries = new EntryService(store, CLOCK);
            TestAccounts.admins(store, OFFICER.username());
            LocalDate day = LocalDate.of(2025, 9, 15);
            int rice = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            int a = catalog.activeMarkets().get(0).id();
            int b = catalog.activeMarkets().get(1).id();
            int c = catalog.activeMarkets().get(2).id();
            entries.save(OFFICER, new MarketDayEntry(a, day, List.of(new MarketDayEntry.Line(rice, 12_000, null, null))));
            entries.save(OFFICER, new MarketDayEntry(b, day, List.of(new MarketDayEntry.Line(rice, 12_500, null, null))));
            entries.save(OFFICER, new MarketDayEntry(c, day.minusDays(1),
                    List.of(new MarketDayEntry.Line(rice, 99_000, null, null))));
            assertThat(entries.otherMarketsOn(a, day)).isEqualTo(Map.of(rice, List.of(12_500L)));
            EntryService.DaySummary summary = entries.daySummary(day);
            assertThat(summary.entries()).isEqualTo(2);
            assertThat(summary.markets()).isEqualTo(2);
            assertThat(summary.lastSavedAt()).isPresent();
        }
    }
}
