package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ExportService;
import id.sinergi.infoharga.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", subcommands = ExportCommand.Prices.class)
final class ExportCommand {
    @ParentCommand
    InfoHargaCommand root;

    @Command(name = "prices")
    static final class Prices implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;
        @Option(names = "--to", required = true, paramLabel = "DATE")
        String to;
        @Option(names = "--market", paramLabel = "CODE|NAME")
        String market;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;
        @Option(names = "--force")
        boolean force;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            root.readerSession();
            ExportService.ExportResult r = root.context().exports().exportPrices(Dates.parse(from, "--from", m),
                    Dates.parse(to, "--to", m), market, out, force);
            PrintWriter w = spec.commandLine().getOut();
            w.println(m.get("export.summary", r.rows(), r.file()));
            w.flush();
            return 0;
        }
    }
}
