package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.AccessDeniedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
    public Integer call() throws Exception {
        Messages m = root.messages();
        Path folder = DataFolders.resolve(root.dataFolder());
        BackupService.RestoreResult result;
        // The folder stays locked from the first look to the swap: nothing else may open it in between.
        try (AutoCloseable lock = BackupService.lockFolder(folder)) {
            BackupService.FolderState state = BackupService.folderState(folder);
            boolean currentAdmin = false;
            if (state == BackupService.FolderState.ACCOUNTS) {
                try {
                    Actor admin = root.writerSession();
                    root.context().accounts().requireAdmin(admin);
                    currentAdmin = true;
                } finally {
                    root.closeContext();
                }
            }
            if (state != BackupService.FolderState.EMPTY && !yes && !confirmed(m, folder)) {
                throw new UserInputException(m.get("trust.restore.cancelled"));
            }
            // Asked only when the folder is damaged and the backup is not signed by this folder's device.
            Supplier<Optional<BackupService.Credentials>> backupAdmin = () -> Optional.of(
                    new BackupService.Credentials(root.userName().orElseThrow(() -> new AccessDeniedException(
                            m.get("trust.restore.needsProof", file.getFileName()))),
                            root.secret(InfoHargaCommand.PASSWORD_VARIABLE,
                                    m.get("trust.login.prompt", root.userName().orElse("")), false)));
            result = BackupService.restore(folder, file, Clock.systemDefaultZone(), m,
                    new BackupService.RestoreAuthority(currentAdmin, backupAdmin));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("trust.restore.done", file.toAbsolutePath()));
        result.previousKeptAs().ifPresent(p -> out.println(m.get("trust.restore.keptPrevious", p)));
        result.renewedDevice().ifPresent(d -> out.println(m.get("trust.restore.newDevice", d.name(), d.id(),
                d.fingerprint())));
        result.report().lines(m).forEach(out::println);
        out.flush();
        return result.report().sound() ? 0 : InfoHargaCommand.EXIT_NOT_SOUND;
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
