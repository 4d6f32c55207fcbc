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

    public static void main(String[] args) {
        InfoHargaCommand root = new InfoHargaCommand();
        CommandLine cli = InfoHargaCommand.commandLine(root);
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.exit(cli.execute(args));
            return;
        }
        // Before anything logs: the log file lives in the data folder.
        System.setProperty("infoharga.logDir",
                DataFolders.resolve(root.dataFolder()).resolve("logs").toString());
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
