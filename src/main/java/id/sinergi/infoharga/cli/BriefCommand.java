package id.sinergi.infoharga.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code brief --date D}: the daily brief, plain text ready to paste into WhatsApp. */
@Command(name = "brief")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    String date;

    @Override
    public Integer call() {
        root.readerSession();
        var day = FigureText.date(date, root.messages());
        FigureText.print(spec.commandLine().getOut(), root.context().alerts().brief(day));
        return 0;
    }
}
