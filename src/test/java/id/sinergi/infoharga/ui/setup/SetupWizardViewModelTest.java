package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupGenerations;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.indicators.ReportingRules;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.setup.SetupWizardViewModel.MarketRow;
import id.sinergi.infoharga.ui.setup.SetupWizardViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-run wizard over a real new data folder, without a window. */
class SetupWizardViewModelTest {
    private static final String DEVICE = "laptop-uji";
    private static final String PASSWORD = "Kebun-Cabai-77";

    @TempDir
    Path folder;
    private AppContext context;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T01:00:00Z"));
    private final Messages messages = new Messages(Messages.INDONESIAN);
    private final List<Session> sessions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private SetupWizardViewModel wizard;

    @BeforeEach
    void open() {
        context = new AppContext(folder, clock, messages);
        wizard = new SetupWizardViewModel(context.accounts(), context.setup(), context.demo(), context.settings(),
                SettingsService.Language.INDONESIAN, messages, new CurrentThreadTaskRunner(), DEVICE, folder,
                BackupGenerations.folder(folder), sessions::add, (name, problem) -> problems.add(name + ": " + problem));
        wizard.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void admin(String name, String password, String repeat) {
        wizard.username().set(name);
        wizard.password().set(password);
        wizard.repeat().set(repeat);
    }

    private MarketRow market(String name) {
        return wizard.markets().stream().filter(m -> m.name().get().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void itProposesTheMojokertoMarketsAllWatchedNoonMondayToSaturdayAndThisDevice() {
        assertThat(wizard.region().get()).isEqualTo("Kabupaten Mojokerto");
        assertThat(wizard.markets()).hasSize(20).allMatch(m -> m.watched().get());
        assertThat(wizard.markets().get(0).name().get()).isEqualTo("Pasar Raya Mojosari");
        assertThat(wizard.cutoff().get()).isEqualTo("12:00");
        assertThat(wizard.workingDay(DayOfWeek.SATURDAY).get()).isTrue();
        assertThat(wizard.workingDay(DayOfWeek.SUNDAY).get()).isFalse();
        assertThat(wizard.deviceName().get()).isEqualTo(context.device().identity().name());
        assertThat(wizard.step().get()).isEqualTo(Step.ADMIN);
        assertThat(wizard.stepOf(Step.MARKETS)).isEqualTo("Langkah 2 dari 6");
    }

    @Test
    void theAdministratorStepRefusesWhatCreatingWouldRefuseAndCreatesNothing() {
        admin("kepala", PASSWORD, PASSWORD + "x");
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).startsWith("Kedua kata sandi tidak sama");
        assertThat(wizard.repeat().get()).isEmpty();

        admin("kepala", "Ab-1", "Ab-1");
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo("Kata sandi terlalu pendek: minimal 8 karakter.");

        admin("kepala", "12345678", "12345678");
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo(messages.get("trust.password.COMMON"));

        admin(" ", PASSWORD, PASSWORD);
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo(messages.get("setup.admin.nameMissing"));

        assertThat(wizard.step().get()).isEqualTo(Step.ADMIN);
        assertThat(context.accounts().setupMode()).isTrue();
    }

    @Test
    void eachStepChecksItsChoicesBeforeMovingOn() {
        admin("kepala", PASSWORD, PASSWORD);
        assertThat(wizard.next()).isTrue();
        wizard.markets().forEach(m -> m.watched().set(false));
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo(messages.get("setup.markets.noneWatched"));
        market("Pasar Dinoyo").watched().set(true);
        wizard.addMarket();
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo(messages.get("setup.markets.nameMissing"));
        wizard.markets().remove(wizard.markets().size() - 1);
        assertThat(wizard.next()).isTrue();

        wizard.cutoff().set("25:00");
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo("Batas waktu 25:00 tidak terbaca; tulis jam dan menit, mis. 12:00.");
        wizard.cutoff().set("11:30");
        for (DayOfWeek d : DayOfWeek.values()) {
            wizard.workingDay(d).set(false);
        }
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.message().get()).isEqualTo(messages.get("setup.reporting.noDays"));
        wizard.workingDay(DayOfWeek.MONDAY).set(true);
        assertThat(wizard.next()).isTrue();

        wizard.deviceName().set("  ");
        assertThat(wizard.next()).isFalse();
        wizard.deviceName().set("Laptop Pasar Dinoyo");
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.step().get()).isEqualTo(Step.FOLDER);
        assertThat(wizard.next()).as("the last step only finishes").isFalse();
        wizard.back();
        assertThat(wizard.step().get()).isEqualTo(Step.DEMO);
        assertThat(context.accounts().setupMode()).as("nothing written before Selesai").isTrue();
    }

    @Test
    void finishingCreatesTheAdministratorAppliesEveryChoiceAndLogsIn() {
        admin("Kepala", PASSWORD, PASSWORD);
        wizard.next();
        wizard.region().set("Kabupaten Mojokerto ");
        market("Pasar Dinoyo").watched().set(false);
        market("Pasar Bagusan").kecamatan().set("Kemlagi");
        market("Pasar Pugeran").name().set("Pasar Pugeran Baru");
        MarketRow added = wizard.addMarket();
        added.name().set("Pasar Trawas");
        added.kecamatan().set("Trawas");
        wizard.next();
        wizard.cutoff().set("11:30");
        wizard.workingDay(DayOfWeek.SATURDAY).set(false);
        wizard.next();
        wizard.deviceName().set("Laptop Bagian Perekonomian");
        wizard.next();
        wizard.next();
        assertThat(wizard.dataFolder()).isEqualTo(folder);
        assertThat(wizard.backupFolder()).isEqualTo(folder.resolve("backup"));

        wizard.finish();

        assertThat(wizard.message().get()).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(sessions).containsExactly(new Session(new Actor("kepala", DEVICE)));
        assertThat(context.accounts().setupMode()).isFalse();
        Catalog catalog = context.referenceData().catalog();
        assertThat(catalog.findMarket("Pasar Dinoyo").orElseThrow().active()).isFalse();
        assertThat(catalog.findMarket("Pasar Bagusan").orElseThrow().kecamatan()).isEqualTo("Kemlagi");
        assertThat(catalog.findMarket("Pasar Pugeran Baru")).isPresent();
        Market trawas = catalog.findMarket("Pasar Trawas").orElseThrow();
        assertThat(trawas.kecamatan()).isEqualTo("Trawas");
        assertThat(trawas.active()).isTrue();
        assertThat(catalog.activeMarkets()).hasSize(20);
        assertThat(context.alerts().reportingRules()).isEqualTo(new ReportingRules(LocalTime.of(11, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertThat(context.setup().proposal().region()).isEqualTo("Kabupaten Mojokerto");
        assertThat(context.device().identity().name()).isEqualTo("Laptop Bagian Perekonomian");
        assertThat(DeviceFile.load(folder).identity().name()).isEqualTo("Laptop Bagian Perekonomian");
        assertThat(context.settings().storedLanguage()).contains(SettingsService.Language.INDONESIAN);
        assertThat(context.demo().present()).isFalse();
        assertThat(context.verifier().verify().sound()).isTrue();
        assertThat(wizard.password().get()).isEmpty();
    }

    @Test
    void demoDataIsMarkedWhilePresentAndRemovedInOneStepKeepingWhatPeopleEntered() {
        admin("kepala", PASSWORD, PASSWORD);
        wizard.next();
        // Two markets keep the generated history small.
        wizard.markets().forEach(m -> m.watched().set(false));
        market("Pasar Raya Mojosari").watched().set(true);
        market("Pasar Dinoyo").watched().set(true);
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.demo().set(true);
        wizard.demoYears().set(1);
        wizard.next();
        wizard.finish();
        assertThat(wizard.message().get()).isEmpty();
        assertThat(sessions).hasSize(1);
        Actor admin = sessions.get(0).actor();
        assertThat(context.demo().present()).isTrue();
        LocalDate today = LocalDate.now(clock);
        Catalog catalog = context.referenceData().catalog();
        int dinoyo = catalog.findMarket("Pasar Dinoyo").orElseThrow().id();
        assertThat(context.entries().marketDay(dinoyo, today)).isNotEmpty();

        // Someone enters a real price for tomorrow beside the demo.
        int rice = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
        context.entries().save(admin, new MarketDayEntry(dinoyo, today.plusDays(1),
                List.of(new MarketDayEntry.Line(rice, 13_100, List.of(), null))));

        var removal = context.demo().remove(admin);

        assertThat(removal.prices()).isGreaterThan(20_000);
        assertThat(removal.stockMovements()).isPositive();
        assertThat(context.demo().present()).isFalse();
        assertThat(context.entries().marketDay(dinoyo, today)).isEmpty();
        assertThat(context.entries().marketDay(dinoyo, today.plusDays(1))).singleElement()
                .satisfies(p -> assertThat(p.priceRp()).isEqualTo(13_100));
        // The monthly sums were computed again from what is left: verify finds them in agreement.
        assertThat(context.verifier().verify().sound()).isTrue();
    }
}
