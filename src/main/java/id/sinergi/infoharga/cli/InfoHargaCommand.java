package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.store.DataFolderInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** {@code info-harga [--data-dir DIR] COMMAND}: exit 0 on success, 2 on bad input, 3 when the folder is in use. */
@Command(name = "info-harga", mixinStandardHelpOptions = true, version = "Sinergi Smart Info Harga 0.1",
        description = "Sinergi Smart Info Harga: harga bahan pokok Kabupaten Mojokerto.",
        subcommands = {MarketsCommand.class, CommoditiesCommand.class, VerifyCommand.class, BackupCommand.class,
                RestoreCommand.class})
public final class InfoHargaCommand implements AutoCloseable {
    /** {@code verify} (or the check after a restore) found a problem. */
    public static final int EXIT_NOT_SOUND = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_FOLDER_IN_USE = 3;
    /** The data cannot be used as it is: the disk is full or the file is damaged (the message says what to do). */
    public static final int EXIT_STORAGE = 4;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder data (bawaan: INFO_HARGA_HOME atau folder data pengguna).")
    Path dataDir;

    private AppContext context;
    private Messages messages;

    /** The command line with this project's exit codes and error messages. */
    public static CommandLine commandLine(InfoHargaCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Messages m = root.messages();
            if (ex instanceof DataFolderInUseException inUse) {
                err.println(m.get("error.folderInUse", inUse.folder()));
                return EXIT_FOLDER_IN_USE;
            }
            if (ex instanceof UserInputException bad) {
                err.println(bad.getMessage());
                return EXIT_BAD_INPUT;
            }
            java.util.Optional<String> storage = ProblemText.describe(ex, m);
            if (storage.isPresent()) {
                err.println(storage.get());
                return EXIT_STORAGE;
            }
            throw ex;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        return cli;
    }

    public Path dataFolder() {
        return dataDir;
    }

    /** The user's language: INFO_HARGA_LANG=en gives English, anything else Indonesian. */
    public Messages messages() {
        if (messages == null) {
            String lang = System.getenv("INFO_HARGA_LANG");
            messages = new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Messages.INDONESIAN);
        }
        return messages;
    }

    /** Opens the data folder on first use. */
    public AppContext context() {
        if (context == null) {
            context = new AppContext(DataFolders.resolve(dataDir), Clock.systemDefaultZone(), messages());
        }
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
