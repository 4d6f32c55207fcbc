package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReportService;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.report.CsvReportWriter;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Laporan screen: a week's report content as the report service builds it (nothing is computed here), writing
 * it to Excel, PDF or CSV off the JavaFX thread, and the daily brief of a day.
 */
public final class ReportsViewModel {
    /** The formats the weekly report can be written in, by the extension the report service understands. */
    public enum Format {
        XLSX(".xlsx", "reports.export.xlsx", "reports.save.title", CsvReportWriter.Style.PLAIN),
        PDF(".pdf", "reports.export.pdf", "reports.save.title", CsvReportWriter.Style.PLAIN),
        CSV(".csv", "reports.export.csv", "reports.save.title.csv", CsvReportWriter.Style.PLAIN),
        /** The CSV a spreadsheet set to Indonesian opens as columns: semicolons and decimal commas. */
        CSV_ID(".csv", "reports.export.csvId", "reports.save.title.csvId", CsvReportWriter.Style.INDONESIAN);

        private final String extension;
        private final String labelKey;
        private final String saveTitleKey;
        private final CsvReportWriter.Style csvStyle;

        Format(String extension, String labelKey, String saveTitleKey, CsvReportWriter.Style csvStyle) {
            this.extension = extension;
            this.labelKey = labelKey;
            this.saveTitleKey = saveTitleKey;
            this.csvStyle = csvStyle;
        }

        /** The Save dialog's title, which names the CSV form chosen. */
        public String saveTitleKey() {
            return saveTitleKey;
        }

        public String labelKey() {
            return labelKey;
        }

        public String extension() {
            return extension;
        }
    }

    private final ReportService reports;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<String> madeBy;
    private final Supplier<LocalDate> today;
    private final SaveTarget saveTarget;

    private final ReadOnlyObjectWrapper<IsoWeek> week = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WeeklyReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Path> writtenFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> briefDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper briefText = new ReadOnlyStringWrapper("");
    private Export current;
    /** The brief asked for last: an answer to an earlier question is dropped. */
    private Object briefRequest;

    public ReportsViewModel(ReportService reports, Messages messages, TaskRunner tasks, Supplier<String> madeBy,
                            Supplier<LocalDate> today, SaveTarget saveTarget) {
        this.reports = reports;
        this.messages = messages;
        this.tasks = tasks;
        this.madeBy = madeBy;
        this.today = today;
        this.saveTarget = saveTarget;
    }

    /** The last week that has ended: the week before the one today is in. */
    public IsoWeek lastCompleteWeek() {
        return IsoWeek.of(today.get()).previous();
    }

    public void showWeek(IsoWeek w) {
        IsoWeek target = w == null ? lastCompleteWeek() : w;
        week.set(target);
        report.set(null);
        writtenFile.set(null);
        message.set(messages.get("reports.loading"));
        tasks.run(p -> reports.weekly(target, madeBy.get()), r -> {
            if (target.equals(week.get())) {
                report.set(r);
                message.set("");
            }
        }, e -> {
            if (target.equals(week.get())) {
                message.set(text(e));
            }
        });
    }

    public void previousWeek() {
        showWeek(week.get() == null ? lastCompleteWeek() : week.get().previous());
    }

    public void nextWeek() {
        IsoWeek current = week.get() == null ? lastCompleteWeek() : week.get();
        showWeek(IsoWeek.of(current.monday().plusWeeks(1)));
    }

    /** Asks where to save, then writes the chosen week's report there off the JavaFX thread. */
    public void export(Format format) {
        IsoWeek w = week.get();
        if (w == null || busy.get()) {
            return;
        }
        Optional<Path> file = saveTarget.ask(messages.get(format.saveTitleKey()),
                "laporan-mingguan-" + w + (format == Format.CSV_ID ? "-id" : "") + format.extension(),
                format.extension());
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().toString().toLowerCase().endsWith(format.extension())
                ? file.get() : Path.of(file.get() + format.extension());
        Optional<Boolean> replace = replaceAllowed(file.get(), target);
        if (replace.isEmpty()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        writtenFile.set(null);
        message.set(messages.get("reports.writing", target.getFileName()));
        Export export = new Export();
        current = export;
        export.handle = tasks.run(p -> reports.writeWeekly(w, madeBy.get(), target, replace.get(), format.csvStyle,
                new WorkProgress() {
            @Override
            public void update(double fraction, String text) {
                p.update(fraction, text);
            }

            @Override
            public boolean cancelled() {
                return export.cancelled || p.cancelled();
            }
        }), (fraction, text) -> {
            if (export == current) {
                progress.set(fraction);
                message.set(text);
            }
        }, written -> {
            if (export == current) {
                current = null;
                busy.set(false);
                progress.set(1);
                writtenFile.set(written);
                message.set(messages.get("reports.written", written));
            }
        }, e -> {
            if (export == current) {
                current = null;
                busy.set(false);
                progress.set(0);
                message.set(text(e));
            }
        });
    }

    /**
     * Stops the report being written at its next part: the service then removes what it had begun, so neither a
     * half nor a whole file of this run appears (an older file of that name stays as it was).
     */
    public void cancel() {
        Export export = current;
        if (export != null) {
            export.cancelled = true;
            if (export.handle != null) {
                export.handle.cancel();
            }
            current = null;
            busy.set(false);
            progress.set(0);
            message.set(messages.get("reports.cancelled"));
        }
    }

    /** One run of {@link #export}: its flag is read by the worker, so it is volatile. */
    private static final class Export {
        private volatile boolean cancelled;
        private TaskRunner.Handle handle;
    }

    /**
     * The brief of {@code day}; without one, of today, or of the last day with prices while none have come in today
     * (a brief of a day without prices says nothing).
     */
    public void showBriefDay(LocalDate day) {
        LocalDate asked = day == null ? today.get() : day;
        briefDay.set(asked);
        briefText.set("");
        Object request = new Object();
        briefRequest = request;
        record Brief(LocalDate day, String text) {
        }
        tasks.run(p -> {
            LocalDate shown = day == null ? reports.lastDayWithPrices(asked).orElse(asked) : asked;
            return new Brief(shown, reports.brief(shown));
        }, brief -> {
            if (request == briefRequest) {
                briefDay.set(brief.day());
                briefText.set(brief.text());
            }
        }, e -> message.set(text(e)));
    }

    public void saveBrief() {
        LocalDate day = briefDay.get();
        if (day == null) {
            return;
        }
        Optional<Path> file = saveTarget.ask(messages.get("reports.brief.save.title"),
                "ringkasan-" + day + ".txt", ".txt");
        if (file.isEmpty()) {
            return;
        }
        Optional<Boolean> replace = replaceAllowed(file.get(), file.get());
        if (replace.isEmpty()) {
            return;
        }
        tasks.run(p -> reports.writeBrief(day, file.get(), replace.get()), written -> {
            writtenFile.set(written);
            message.set(messages.get("reports.written", written));
        }, e -> message.set(text(e)));
    }

    /**
     * Whether writing {@code target} may replace a file there: the chooser asked about the name it returned; a
     * name the view model made from it is asked about here. Empty when the person said no.
     */
    private Optional<Boolean> replaceAllowed(Path chosen, Path target) {
        if (target.equals(chosen)) {
            return Optional.of(true);
        }
        if (!java.nio.file.Files.exists(target)) {
            return Optional.of(false);
        }
        return saveTarget.confirmReplace(target) ? Optional.of(true) : Optional.empty();
    }

    private String text(Throwable e) {
        if (e instanceof UserInputException) {
            return e.getMessage();
        }
        return ProblemText.describe(e, messages).orElseGet(() -> messages.get("reports.error", ProblemText.forUser(e, messages)));
    }

    public ReadOnlyObjectProperty<IsoWeek> weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WeeklyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> writtenFileProperty() {
        return writtenFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> briefDayProperty() {
        return briefDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty briefTextProperty() {
        return briefText.getReadOnlyProperty();
    }
}
