package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--yes")
    boolean yes;

    @Override
    public Integer call() {
        Messages m = root.messages();
        Path folder = DataFolders.resolve(root.dataFolder());
        if (Files.exists(folder.resolve("infoharga.mv.db"))) {
            requireAdminUnlessDamaged();
            if (!yes && !confirmed(m, folder)) {
                throw new UserInputException(m.get("trust.restore.cancelled"));
            }
        }
        BackupService.RestoreResult result = BackupService.restore(folder, file, Clock.systemDefaultZone(), m);
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("trust.restore.done", file.toAbsolutePath()));
        result.previousKeptAs().ifPresent(p -> out.println(m.get("trust.restore.keptPrevious", p)));
        result.report().lines(m).forEach(out::println);
        out.flush();
        return result.report().sound() ? 0 : InfoHargaCommand.EXIT_NOT_SOUND;
    }

    /**
     * Replacing data needs an administrator of the current data, except in set-up mode and when the current file is
     * damaged: then no account can be checked, and restoring is the way out.
     */
    private void requireAdminUnlessDamaged() {
        try {
            if (!root.context().accounts().setupMode()) {
                Actor admin = root.writerSession();
                root.context().accounts().requireAdmin(admin);
            }
        } catch (DatabaseDamagedException damaged) {
            // Restore anyway.
        } finally {
            root.closeContext();
        }
    }

    private boolean confirmed(Messages m, Path folder) {
        Console console = System.console();
        if (console == null) {
            throw new UserInputException(m.get("trust.restore.needsYes", folder));
        }
        String answer = console.readLine("%s ", m.get("trust.restore.confirm", folder));
        return answer != null && (answer.strip().toUpperCase(Locale.ROOT).equals("YA")
                || answer.strip().toUpperCase(Locale.ROOT).equals("YES"));
    }
}
