package id.sinergi.infoharga.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    public Integer call() {
        var admin = root.writerSession();
        var backups = root.context().backups();
        Path written;
        if (out != null) {
            written = backups.backupTo(admin, out, force);
        } else {
            root.context().accounts().requireAdmin(admin);
            written = backups.backupTo(id.sinergi.infoharga.app.BackupGenerations.fileFor(
                    root.context().dataFolder(), java.time.LocalDate.now(root.context().clock())));
        }
        spec.commandLine().getOut().println(root.messages().get("trust.backup.done", written.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
