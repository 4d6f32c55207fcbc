package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "markets")
final class MarketsCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        root.readerSession();
        Catalog catalog = root.context().referenceData().catalog();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-14s %-28s %-12s %s%n", "KODE", "NAMA", "KECAMATAN", "AKTIF");
        for (Market m : catalog.markets()) {
            out.printf("%-14s %-28s %-12s %s%n", m.code(), m.name(),
                m.kecamatan() == null ? "-" : m.kecamatan(), m.active() ? "ya" : "tidak");
        }
        out.flush();
        return 0;
    }
}
