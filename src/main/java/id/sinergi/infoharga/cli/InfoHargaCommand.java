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

import id.sinergi.infoharga.app.AccessDeniedException;
import id.sinergi.infoharga.app.Actor;

import java.io.Console;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** {@code info-harga [--data-dir DIR] COMMAND}: exit 0 on success, 2 on bad input, 3 when the folder is in use. */
@Command(name = "info-harga", mixinStandardHelpOptions = true, version = "Sinergi Smart Info Harga 0.1",
        description = "Sinergi Smart Info Harga: harga bahan pokok Kabupaten Mojokerto.",
        subcommands = {MarketsCommand.class, CommoditiesCommand.class, ImportCommand.class, ExportCommand.class,
                DemoCommand.class, IndicatorsCommand.class, WeeklyCommand.class, AlertsCommand.class, BriefCommand.class,
                ReportCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class, AdminCommand.class,
                PasswordCommand.class, HistoryCommand.class, SyncCommand.class})
public final class InfoHargaCommand implements AutoCloseable {
    /** {@code verify} (or the check after a restore) found a problem. */
    public static final int EXIT_NOT_SOUND = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_FOLDER_IN_USE = 3;
    /** The data cannot be used as it is: the disk is full or the file is damaged (the message says what to do). */
    public static final int EXIT_STORAGE = 4;

    public static final String USER_VARIABLE = "INFO_HARGA_USER";
    public static final String PASSWORD_VARIABLE = "INFO_HARGA_PASSWORD";
    /** The password of an account being created or reset, when it is not asked at the terminal. */
    public static final String NEW_PASSWORD_VARIABLE = "INFO_HARGA_NEW_PASSWORD";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder data (bawaan: INFO_HARGA_HOME atau folder data pengguna).")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAMA",
            description = "Akun yang menjalankan perintah (bawaan: INFO_HARGA_USER); kata sandi dari "
                    + "INFO_HARGA_PASSWORD atau ditanyakan.")
    String user;

    private final Map<String, String> env;
    private AppContext context;
    private Messages messages;
    private Actor actor;

    public InfoHargaCommand() {
        this(System.getenv());
    }

    /** With the given environment variables instead of the process's (tests). */
    public InfoHargaCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The command line with this project's exit codes and error messages. */
    public static CommandLine commandLine(InfoHargaCommand root) {
        CommandLine cli = new CommandLine(root);
        // "--user admin" must take "admin" as the account name, not as the admin command.
        cli.setAllowSubcommandsAsOptionParameters(true);
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
            String lang = env.get("INFO_HARGA_LANG");
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

    /**
     * The account for a read command: none in set-up mode, otherwise a logged-in account (issue 7: read commands
     * need an account once one exists).
     */
    public Optional<Actor> readerSession() {
        if (context().accounts().setupMode()) {
            return Optional.empty();
        }
        return Optional.of(loggedIn());
    }

    /** The account for a write command; in set-up mode the refusal says how to create the administrator. */
    public Actor writerSession() {
        if (context().accounts().setupMode()) {
            throw new AccessDeniedException(messages().get("trust.setupMode"));
        }
        return loggedIn();
    }

    /** The logged-in account (asked once per command). */
    public Actor loggedIn() {
        if (actor == null) {
            String name = user != null ? user : env.get(USER_VARIABLE);
            if (name == null || name.isBlank()) {
                throw new AccessDeniedException(messages().get("trust.login.needUser"));
            }
            char[] password = secret(PASSWORD_VARIABLE, messages().get("trust.login.prompt", name), false);
            actor = context().accounts().login(name, new String(password), device());
        }
        return actor;
    }

    /**
     * A password from the environment variable, else asked at the terminal ({@code twice} for a new one); refused
     * with a message when there is neither.
     */
    public char[] secret(String variable, String prompt, boolean twice) {
        String given = env.get(variable);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserInputException(messages().get("trust.login.needPassword"));
        }
        char[] first = console.readPassword("%s ", prompt);
        if (first == null) {
            throw new UserInputException(messages().get("trust.login.needPassword"));
        }
        if (twice) {
            char[] again = console.readPassword("%s ", messages().get("trust.password.promptAgain"));
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserInputException(messages().get("trust.password.mismatch"));
            }
        }
        return first;
    }

    /** What the audit trail records as the device of command-line changes: this computer's name. */
    public static String device() {
        String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME"
                : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Closes the data folder (a restore needs it closed). */
    void closeContext() {
        close();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
