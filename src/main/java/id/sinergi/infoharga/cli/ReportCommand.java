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
        subcommands = {ReportCommand.Weekly.class, ReportCommand.Brief.class})
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
