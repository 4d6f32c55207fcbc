package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "compact")
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages m = root.messages();
        Path folder = DataFolders.resolve(root.dataFolder());
        BackupService.CompactResult result;
        // Locked from the log-in to the swap: an import started meanwhile is told the folder is in use.
        try (AutoCloseable lock = BackupService.lockFolder(folder)) {
            try {
                root.context().accounts().requireAdmin(root.writerSession());
            } finally {
                root.closeContext();
            }
            result = BackupService.compact(folder, Clock.systemDefaultZone(), m);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("trust.compact.done", megabytes(result.bytesBefore()), megabytes(result.bytesAfter()),
                result.backup()));
        result.report().lines(m).forEach(out::println);
        out.flush();
        return result.report().sound() ? 0 : InfoHargaCommand.EXIT_NOT_SOUND;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0).replace('.', ',');
    }
}
