package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.ReportService;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.testing.SmallServices;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.sinergi.infoharga.testing.SmallDataset.D2;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path out;
    private SmallServices s;
    private ReportService reports;
    private final List<String> asked = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private ReportsViewModel vm;

    @BeforeEach
    void open() {
        s = new SmallServices(folder);
        reports = new ReportService(s.store, new ReferenceDataService(s.store), s.indicators, s.alerts, s.clock,
                s.messages);
        vm = new ReportsViewModel(reports, s.messages, new CurrentThreadTaskRunner(), () -> "analis",
                () -> LocalDate.now(s.clock), (title, name, ext) -> {
                    asked.add(name);
                    return answer;
                });
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void opensOnTheLastCompleteWeekAndSteps() {
        vm.showWeek(null);
        // The clock is Tuesday 2 Sep 2025 (2025-W36), so the last complete week is 25–31 Aug, 2025-W35.
        assertThat(vm.weekProperty().get()).isEqualTo(new IsoWeek(2025, 35));
        vm.nextWeek();
        assertThat(vm.weekProperty().get()).isEqualTo(new IsoWeek(2025, 36));
        vm.previousWeek();
        vm.previousWeek();
        assertThat(vm.weekProperty().get()).isEqualTo(new IsoWeek(2025, 34));
    }

    @Test
    void previewIsExactlyTheServicesReport() {
        IsoWeek w36 = new IsoWeek(2025, 36);
        vm.showWeek(w36);
        assertThat(vm.reportProperty().get()).isNotNull().isEqualTo(reports.weekly(w36, "analis"));
        assertThat(vm.reportProperty().get().summary().weightedChangePct())
                .isEqualTo(reports.weekly(w36, "analis").summary().weightedChangePct());
    }

    @Test
    void aWeekWithoutPricesShowsTheServicesMessageAndNoPreview() {
        vm.showWeek(new IsoWeek(2025, 20));
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("2025-W20");
    }

    @Test
    void exportWritesTheChosenFormatAndOffersItsFolder() throws Exception {
        vm.showWeek(new IsoWeek(2025, 36));
        answer = Optional.of(out.resolve("mingguan")); // no extension typed: the format's is added
        vm.export(ReportsViewModel.Format.CSV);
        Path written = out.resolve("mingguan.csv");
        assertThat(asked).containsExactly("laporan-mingguan-2025-W36.csv");
        assertThat(written).exists();
        assertThat(Files.size(written)).isPositive();
        assertThat(vm.writtenFileProperty().get()).isEqualTo(written.toAbsolutePath());
        assertThat(vm.busyProperty().get()).isFalse();
        vm.export(ReportsViewModel.Format.XLSX);
        assertThat(out.resolve("mingguan.xlsx")).exists();
    }

    /** Issue 12: the desktop's save dialogs go through the same guard as --out. */
    @Test
    void aNameTheChooserDidNotAskAboutIsConfirmedAndTheDataFolderIsRefused() throws Exception {
        List<Path> confirmations = new ArrayList<>();
        boolean[] yes = {false};
        ReportsViewModel asking = new ReportsViewModel(reports, s.messages, new CurrentThreadTaskRunner(),
                () -> "analis", () -> LocalDate.now(s.clock), new SaveTarget() {
                    @Override
                    public Optional<Path> ask(String title, String suggestedName, String extension) {
                        return answer;
                    }

                    @Override
                    public boolean confirmReplace(Path file) {
                        confirmations.add(file);
                        return yes[0];
                    }
                });
        asking.showWeek(new IsoWeek(2025, 36));
        Path existing = Files.writeString(out.resolve("mingguan.csv"), "lama");
        answer = Optional.of(out.resolve("mingguan")); // the chooser asked about "mingguan", not "mingguan.csv"
        asking.export(ReportsViewModel.Format.CSV);
        assertThat(confirmations).containsExactly(existing);
        assertThat(Files.readString(existing)).as("said no").isEqualTo("lama");
        yes[0] = true;
        asking.export(ReportsViewModel.Format.CSV);
        assertThat(Files.readString(existing)).as("said yes").startsWith("kode,komoditas,satuan");

        answer = Optional.of(folder.resolve("infoharga.mv.db")); // the chooser confirmed replacing it
        long before = Files.size(folder.resolve("infoharga.mv.db"));
        asking.export(ReportsViewModel.Format.CSV);
        assertThat(asking.messageProperty().get()).contains("berada di dalam folder data aplikasi");
        assertThat(Files.size(folder.resolve("infoharga.mv.db"))).isEqualTo(before);
        assertThat(folder.resolve("infoharga.mv.db.csv")).doesNotExist();
    }

    @Test
    void cancellingTheFileQuestionWritesNothing() throws Exception {
        vm.showWeek(new IsoWeek(2025, 36));
        answer = Optional.empty();
        vm.export(ReportsViewModel.Format.PDF);
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(vm.writtenFileProperty().get()).isNull();
    }

    @Test
    void briefIsTheServicesTextAndSavesAsUtf8() throws Exception {
        vm.showBriefDay(null);
        assertThat(vm.briefDayProperty().get()).isEqualTo(D2);
        assertThat(vm.briefTextProperty().get()).isNotBlank().isEqualTo(s.alerts.brief(D2));
        answer = Optional.of(out.resolve("ringkasan.txt"));
        vm.saveBrief();
        assertThat(Files.readString(out.resolve("ringkasan.txt"), StandardCharsets.UTF_8))
                .isEqualTo(s.alerts.brief(D2));
    }

    @Test
    void progressFollowsTheWriteAndCancelStopsItWithNoFileLeft() throws Exception {
        vm.showWeek(new IsoWeek(2025, 36));
        answer = Optional.of(out.resolve("mingguan.pdf"));
        List<String> seen = new ArrayList<>();
        vm.messageProperty().addListener((o, a, text) -> {
            seen.add(text);
            if (text.equals("Menulis bagian 3 dari 5…")) {
                vm.cancel();
            }
        });
        vm.export(ReportsViewModel.Format.PDF);
        assertThat(seen).containsSubsequence("Menghitung indikator minggu 2025-W36…", "Menulis bagian 1 dari 5…",
                "Menulis bagian 3 dari 5…", "Penulisan laporan dibatalkan.");
        assertThat(seen).doesNotContain("Menulis bagian 4 dari 5…");
        assertThat(vm.messageProperty().get()).isEqualTo("Penulisan laporan dibatalkan.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.writtenFileProperty().get()).isNull();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        // The next write runs whole again.
        vm.export(ReportsViewModel.Format.CSV);
        assertThat(out.resolve("mingguan.pdf.csv")).exists();
    }

    @Test
    void theBriefOpensOnTheLastDayWithPricesWhenTodayHasNone() {
        // The dataset's prices stop on 3 Sep; on Saturday 6 Sep nothing has come in.
        LocalDate saturday = D2.plusDays(4);
        ReportsViewModel morning = new ReportsViewModel(reports, s.messages, new CurrentThreadTaskRunner(),
                () -> "analis", () -> saturday, (title, name, ext) -> Optional.empty());
        morning.showBriefDay(null);
        assertThat(morning.briefDayProperty().get()).isEqualTo(D2.plusDays(1));
        assertThat(morning.briefTextProperty().get()).isEqualTo(s.alerts.brief(D2.plusDays(1)));
        // A day picked by hand is shown as it is, even without prices.
        morning.showBriefDay(saturday);
        assertThat(morning.briefDayProperty().get()).isEqualTo(saturday);
        assertThat(morning.briefTextProperty().get()).isEqualTo(s.alerts.brief(saturday));
    }
}
