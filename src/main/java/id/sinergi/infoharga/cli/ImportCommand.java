package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", subcommands = ImportCommand.Prices.class)
final class ImportCommand {
    @ParentCommand
    InfoHargaCommand root;

    @Command(name = "prices", sortOptions = false)
    static final class Prices implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "file")
        Path file;
        @Option(names = "--market", paramLabel = "CODE|NAME")
        String market;
        @Option(names = "--columns", split = ",", paramLabel = "KEY=HEADER")
        Map<String, String> columns;
        @Option(names = "--date-format", paramLabel = "PATTERN")
        String dateFormat;
        @Option(names = "--create-missing")
        boolean createMissing;
        @Option(names = "--accept-unusual")
        boolean acceptUnusual;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Tampilkan bantuan ini.")
        boolean help;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            ImportService.ImportResult r = root.context().imports().importPrices(root.writerSession(),
                    new ImportService.ImportRequest(file, market, columns, dateFormat, createMissing, dryRun,
                            acceptUnusual));
            PrintWriter out = spec.commandLine().getOut();
            if (r.alreadyImported()) {
                out.println(m.get("import.already", r.fileName(), r.earlierFileName()));
                out.flush();
                return 0;
            }
            if (r.sheet() != null && r.sheetCount() > 1) {
                out.println(m.get("import.sheet", r.sheet(), r.sheetCount()));
            }
            r.createdMarkets().forEach(x -> out.println(m.get(r.dryRun() ? "import.wouldCreate.market"
                    : "import.created.market", x)));
            r.createdCommodities().forEach(x -> out.println(m.get(r.dryRun() ? "import.wouldCreate.commodity"
                    : "import.created.commodity", x)));
            if (!r.normalisedNames().isEmpty()) {
                out.println(m.get("import.normalised.title"));
                r.normalisedNames().forEach(line -> out.println("  " + line));
            }
            if (r.unusualCount() > 0) {
                out.println(m.get(r.dryRun() ? "import.unusual.warnings" : "import.unusual.accepted",
                        r.unusualCount()));
                list(out, m, r.unusual(), r.unusualCount());
            }
            out.println(m.get(r.dryRun() ? "import.summaryDryRun" : "import.summary", r.fileName(), r.stored(),
                    r.inserted(), r.updated(), r.missing(), r.unchanged()));
            if (r.dryRun()) {
                out.println(m.get("import.dryRun"));
            } else if (r.stored() == 0) {
                out.println(m.get("import.nothingChanged"));
            }
            out.flush();
            return 0;
        }

        private static void list(PrintWriter out, Messages m, List<String> lines, int total) {
            lines.forEach(line -> out.println("  " + line));
            if (total > lines.size()) {
                out.println("  " + m.get("import.unusual.more", total - lines.size()));
            }
        }
    }
}
