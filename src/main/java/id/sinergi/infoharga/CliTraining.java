package id.sinergi.infoharga;

import id.sinergi.infoharga.cli.InfoHargaCommand;
import id.sinergi.infoharga.domain.indicators.IsoWeek;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run of the command line's ahead-of-time cache (installer/Package.java, JDK 25+): a user's first
 * commands, one after another in ONE process, because the JVM records a cache from a single run — the classes it
 * loaded and linked and the profiles of the methods it ran (JEP 483, 515). {@code admin create}, a small
 * {@code demo}, {@code markets} as that account, and the weekly report to .xlsx (Apache POI is a large part of that
 * command's start: issue 16).
 * <p>Usage: {@code CliTraining FOLDER}, a new folder, with INFO_HARGA_USER and INFO_HARGA_PASSWORD set. Exits 0, or
 * fails on the first command that does not.
 */
public final class CliTraining {
    private CliTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).toAbsolutePath();
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, Launcher.logFolder(folder).toString());
        train(folder, System.getenv(), LocalDate.now());
        // As the launcher ends every command: the cache is written as the JVM exits.
        System.exit(0);
    }

    /**
     * Runs the commands on the new {@code folder} as of {@code today}; returns the .xlsx, written beside the folder
     * (a report may not go inside a data folder).
     */
    static Path train(Path folder, Map<String, String> env, LocalDate today) throws IOException {
        String user = env.get(InfoHargaCommand.USER_VARIABLE);
        Path xlsx = folder.resolveSibling(folder.getFileName() + "-training-report.xlsx");
        Files.deleteIfExists(xlsx);
        // The demo's last full week: a report with numbers, so the training runs the report's own code too.
        for (List<String> command : List.of(
                List.of("admin", "create", "--user", user),
                List.of("demo", "--years", "1", "--markets", "2", "--until", today.toString()),
                List.of("markets"),
                List.of("report", "weekly", "--week", IsoWeek.of(today.minusWeeks(1)).toString(),
                        "--out", xlsx.toString()))) {
            List<String> words = new ArrayList<>(List.of("--data-dir", folder.toString()));
            words.addAll(command);
            String[] line = words.toArray(String[]::new);
            try (InfoHargaCommand root = new InfoHargaCommand(env)) {
                int exit = InfoHargaCommand.commandLine(root, line).execute(line);
                if (exit != 0) {
                    throw new IllegalStateException("training: exit " + exit + " from " + String.join(" ", line));
                }
            }
        }
        return xlsx;
    }
}
