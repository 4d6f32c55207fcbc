package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "commodities")
final class CommoditiesCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        root.readerSession();
        Catalog catalog = root.context().referenceData().catalog();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %-34s %-8s %-16s %s%n", "KODE", "NAMA", "SATUAN", "KELOMPOK", "BERGEJOLAK");
        for (Commodity c : catalog.commodities()) {
            var g = catalog.groupOf(c);
            out.printf("%-22s %-34s %-8s %-16s %s%n", c.code(), c.displayName(), c.unit(), g.code(),
                g.volatileGroup() ? "ya" : "tidak");
        }
        out.flush();
        return 0;
    }
}
