package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.AuditVerifier;
import id.sinergi.infoharga.app.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        root.readerSession();
        AuditVerifier.Report report = root.context().verifier().verify();
        PrintWriter out = spec.commandLine().getOut();
        report.lines(root.messages()).forEach(out::println);
        long bytes = BackupService.dataFileBytes(root.context().dataFolder());
        long prices = report.priceRows();
        out.println(root.messages().get("trust.verify.size", bytes >> 20, prices));
        if (BackupService.worthCompacting(bytes, prices)) {
            out.println(root.messages().get("trust.verify.compact"));
        }
        out.flush();
        return report.sound() ? 0 : InfoHargaCommand.EXIT_NOT_SOUND;
    }
}
