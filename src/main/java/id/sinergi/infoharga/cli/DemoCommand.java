package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.DemoDataService;
import id.sinergi.infoharga.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--years", required = true, paramLabel = "N")
    int years;
    @Option(names = "--markets", paramLabel = "M")
    Integer markets;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;
    @Option(names = "--until", paramLabel = "DATE")
    String until;

    @Override
    public Integer call() {
        Messages m = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        var request = new DemoDataService.DemoRequest(years, markets, seed,
                until == null ? null : Dates.parse(until, "--until", m));
        DemoDataService.DemoResult r = root.context().demo().generate(root.writerSession(), request, line -> {
            err.println(line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("demo.summary", r.priceRows(), r.markets(), r.commodities(), r.from(), r.until(),
                r.missing(), r.stockMovements()));
        out.flush();
        return 0;
    }
}
