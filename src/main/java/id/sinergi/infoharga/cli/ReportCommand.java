package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.report.CsvReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code info-harga report weekly|brief}: the files that leave the building. */
@Command(name = "report",
        subcommands = {ReportCommand.Weekly.class, ReportCommand.Brief.class, ReportCommand.Letterhead.class})
final class ReportCommand {
    @ParentCommand
    InfoHargaCommand root;

    @Command(name = "weekly")
    static final class Weekly implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--week", required = true, paramLabel = "YYYY-Www")
        String week;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--force")
        boolean force;

        @Option(names = "--by", paramLabel = "NAMA")
        String madeBy = System.getProperty("user.name", "-");

        @Option(names = "--csv-style", paramLabel = "plain|id", defaultValue = "plain")
        String csvStyle;

        @Override
        public Integer call() {
            Messages m = parent.root.messages();
            parent.root.readerSession();
            IsoWeek w = IsoWeek.parse(week)
                    .orElseThrow(() -> new UserInputException(m.get("report.error.week", week)));
            CsvReportWriter.Style style = CsvReportWriter.Style.of(csvStyle)
                    .orElseThrow(() -> new UserInputException(m.get("report.error.csvStyle", csvStyle)));
            Path written = parent.root.context().reports().writeWeekly(w, madeBy, out, force, style,
                    id.sinergi.infoharga.app.WorkProgress.NONE);
            spec.commandLine().getOut().println(m.get("report.written", w.toString(), written));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code report letterhead}: shows, or sets, the weekly report's letterhead and signature on this device. */
    @Command(name = "letterhead")
    static final class Letterhead implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--office", paramLabel = "TEKS")
        String office;
        @Option(names = "--place", paramLabel = "TEKS")
        String place;
        @Option(names = "--position", paramLabel = "TEKS")
        String position;
        @Option(names = "--name", paramLabel = "TEKS")
        String name;
        @Option(names = "--nip", paramLabel = "NIP")
        String nip;
        @Option(names = "--logo", paramLabel = "FILE")
        Path logo;
        @Option(names = "--no-logo")
        boolean noLogo;

        @Override
        public Integer call() {
            Messages m = parent.root.messages();
            var service = parent.root.context().reports().letterSettings();
            boolean texts = office != null || place != null || position != null || name != null || nip != null;
            if (texts || logo != null || noLogo) {
                var actor = parent.root.writerSession();
                if (texts) {
                    var now = service.settings();
                    service.save(actor, new id.sinergi.infoharga.app.ReportSettingsService.ReportSettings(
                            office == null ? now.office() : office, place == null ? now.place() : place,
                            position == null ? now.position() : position, name == null ? now.signerName() : name,
                            nip == null ? now.nip() : nip, null));
                }
                if (logo != null) {
                    service.chooseLogo(actor, logo);
                } else if (noLogo) {
                    service.removeLogo(actor);
                }
            } else {
                parent.root.readerSession();
            }
            var s = service.settings();
            var out = spec.commandLine().getOut();
            out.println(m.get("reportSettings.office") + ": " + s.office());
            out.println(m.get("reportSettings.place") + ": " + s.place());
            out.println(m.get("reportSettings.position") + ": " + s.position());
            out.println(m.get("reportSettings.name") + ": " + s.signerName());
            out.println(m.get("reportSettings.nip") + ": " + s.nip());
            out.println(m.get("reportSettings.logo") + ": "
                    + (s.logoFile().isEmpty() ? m.get("reportSettings.logo.none") : s.logoFile()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "brief")
    static final class Brief implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--out", paramLabel = "FILE.txt")
        Path out;

        @Option(names = "--force")
        boolean force;

        @Override
        public Integer call() {
            Messages m = parent.root.messages();
            parent.root.readerSession();
            LocalDate day = FigureText.date(date, m);
            var reports = parent.root.context().reports();
            if (out == null) {
                FigureText.print(spec.commandLine().getOut(), reports.brief(day));
            } else {
                Path written = reports.writeBrief(day, out, force);
                spec.commandLine().getOut().println(m.get("report.brief.written", day, written));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
