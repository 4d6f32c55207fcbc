package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.AppVersion;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.store.DataFolderInUseException;
import id.sinergi.infoharga.store.DataFolderReadOnlyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import id.sinergi.infoharga.app.AccessDeniedException;
import id.sinergi.infoharga.app.Actor;

import java.io.Console;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * {@code info-harga [--data-dir DIR] COMMAND}: exit 0 on success, 2 on bad input, 3 when the folder is in use, 4 when
 * the data cannot be used as it is, 5 when the central server cannot be reached.
 * Every command's help text comes from the resource bundles ({@link CliTexts}); {@link #commandLine} gives every
 * command, also one added later, {@code --help} and {@code --version}.
 */
@Command(name = "info-harga", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class InfoHargaCommand implements AutoCloseable {
    /** {@code verify} (or the check after a restore) found a problem. */
    public static final int EXIT_NOT_SOUND = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_FOLDER_IN_USE = 3;
    /** The data cannot be used as it is: the disk is full or the file is damaged (the message says what to do). */
    public static final int EXIT_STORAGE = 4;
    /** The central server cannot be reached (no network, server down): nothing was changed; try again later. */
    public static final int EXIT_SERVER_UNREACHABLE = 5;

    public static final String USER_VARIABLE = "INFO_HARGA_USER";
    public static final String PASSWORD_VARIABLE = "INFO_HARGA_PASSWORD";
    /** The password of an account being created or reset, when it is not asked at the terminal. */
    public static final String NEW_PASSWORD_VARIABLE = "INFO_HARGA_NEW_PASSWORD";

    /**
     * The commands, in the order help lists them. Not in the annotation: building picocli's model of all of them
     * (reflection over some 40 classes) cost a second of every start on a loaded two-core machine, so a run that
     * names one command builds only that one (issue 16).
     */
    static final List<Class<?>> COMMANDS = List.of(HelpCommand.class, MarketsCommand.class,
            CommoditiesCommand.class, ImportCommand.class, ExportCommand.class, DemoCommand.class,
            IndicatorsCommand.class, AlpsCommand.class, WeeklyCommand.class, AlertsCommand.class, BriefCommand.class,
            ReportCommand.class, VerifyCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class,
            CompactCommand.class, AdminCommand.class, PasswordCommand.class, HistoryCommand.class,
            SyncCommand.class, ServerCommand.class);
    /** The options of this command that take a value (the command's name comes after them). */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--data-dir", "--user");

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAMA")
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

    /** The command line with this project's exit codes, error messages and help texts in the user's language. */
    public static CommandLine commandLine(InfoHargaCommand root) {
        return commandLine(root, (String) null);
    }

    /**
     * As {@link #commandLine(InfoHargaCommand)}, with only the command named in {@code args} when it names one
     * other than {@code help}: the rest are not needed to run it.
     */
    public static CommandLine commandLine(InfoHargaCommand root, String[] args) {
        if (opensTheWindow(args)) {
            // The desktop: no command model at all (the window's start counts, issue 16).
            return commandLine(root, "");
        }
        return commandLine(root, commandNamed(args));
    }

    /** No command word and no help or version asked: the launcher opens the window. */
    static boolean opensTheWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (OPTIONS_WITH_VALUE.stream().noneMatch(o -> a.startsWith(o + "="))) {
                // A command, help, version or a mistake: picocli needs the whole model to answer.
                return false;
            }
        }
        return true;
    }

    /** The command {@code args} name, or null when they name none, an unknown one or {@code help}. */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                for (Class<?> c : COMMANDS) {
                    String name = c.getAnnotation(Command.class).name();
                    if (name.equals(a)) {
                        return c == HelpCommand.class ? null : name;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static CommandLine commandLine(InfoHargaCommand root, String only) {
        CommandLine cli = new CommandLine(root);
        for (Class<?> c : COMMANDS) {
            if (only == null || c.getAnnotation(Command.class).name().equals(only)) {
                cli.addSubcommand(c);
            }
        }
        CommandLine.IVersionProvider version = () -> new String[] {
                root.messages().get("app.title") + " " + AppVersion.current()};
        everyCommand(cli, c -> {
            c.getCommandSpec().mixinStandardHelpOptions(true);
            c.getCommandSpec().versionProvider(version);
        });
        // After every command has its help options: the bundle is handed down to the sub-commands present now.
        cli.setResourceBundle(CliTexts.bundle(root.messages()));
        // "--user admin" must take "admin" as the account name, not as the admin command.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Messages m = root.messages();
            if (ex instanceof DataFolderInUseException inUse) {
                err.println(m.get("error.folderInUse", inUse.folder()));
                return EXIT_FOLDER_IN_USE;
            }
            if (ex instanceof DataFolderReadOnlyException readOnly) {
                err.println(m.get("trust.folder.readOnly", readOnly.folder()));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof id.sinergi.infoharga.app.server.ServerUnreachableException offline) {
                err.println(offline.getMessage());
                return EXIT_SERVER_UNREACHABLE;
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

    /** Runs {@code action} on {@code cli} and on each of its sub-commands, all the way down. */
    public static void everyCommand(CommandLine cli, java.util.function.Consumer<CommandLine> action) {
        action.accept(cli);
        // A command's aliases map to the same CommandLine: each once.
        for (CommandLine sub : new java.util.LinkedHashSet<>(cli.getSubcommands().values())) {
            everyCommand(sub, action);
        }
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

    /** The account name given with --user or INFO_HARGA_USER, if any. */
    public Optional<String> userName() {
        String name = user != null ? user : env.get(USER_VARIABLE);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
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

    /** A secret given in the environment, if any (never asked). */
    public Optional<char[]> given(String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::toCharArray);
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
