package id.sinergi.infoharga;

import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.cli.InfoHargaCommand;
import picocli.CommandLine;

/**
 * The main class. With a command it runs the command line and never touches JavaFX (it works with no display);
 * without one it opens the desktop window. It does not extend Application, so it runs from a plain jar.
 */
public final class Launcher {
    private Launcher() {
    }

    static java.nio.file.Path logFolder(java.nio.file.Path dataFolder) {
        java.nio.file.Path logs = dataFolder.resolve("logs");
        try {
            java.nio.file.Files.createDirectories(logs);
            if (java.nio.file.Files.isWritable(logs)) {
                return logs;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Fall through to the temporary folder.
        }
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "sinergi-info-harga-logs");
    }

    public static void main(String[] args) {
        InfoHargaCommand root = new InfoHargaCommand();
        CommandLine cli = InfoHargaCommand.commandLine(root, args);
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.exit(cli.execute(args));
            return;
        }
        // Before anything logs: the log file lives in the data folder, or, when that cannot be written (the command
        // then says so in one sentence), in the temporary folder, so that the logger's complaints about a file it
        // cannot open never reach the console.
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, logFolder(DataFolders.resolve(root.dataFolder())).toString());
        if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            int exitCode;
            try (root) {
                exitCode = cli.execute(args);
            }
            System.exit(exitCode);
        } else {
            InfoHargaApp.launchWith(root.dataFolder());
        }
    }
}
