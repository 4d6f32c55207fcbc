package id.sinergi.infoharga.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutputTarget;
import id.sinergi.infoharga.app.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code info-harga bench [--markets M] [--commodities C] [--years Y] [--seed S] [--out FILE.json]}: builds a data
 * folder of its own with the demo generator and prints how fast the application is on it (issue 16). It never
 * touches the user's data folder, and needs no display.
 */
@Command(name = "bench")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--markets", paramLabel = "M", defaultValue = "20")
    int markets;
    @Option(names = "--commodities", paramLabel = "C", defaultValue = "35")
    int commodities;
    @Option(names = "--years", paramLabel = "Y", defaultValue = "10")
    int years;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5")
    int runs;
    @Option(names = "--save-days", paramLabel = "D", defaultValue = "365")
    int saveDays;
    @Option(names = "--out", paramLabel = "FILE")
    Path out;
    @Option(names = "--force")
    boolean force;
    @Option(names = "--keep")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        Messages m = root.messages();
        if (markets < 1 || commodities < 1 || years < 1 || runs < 1 || saveDays < 0) {
            throw new UserInputException(m.get("bench.badScale"));
        }
        // The JSON goes where the person asked, never over the application's own files.
        OutputTarget outputs = new OutputTarget(DataFolders.resolve(root.dataFolder()), m);
        if (out != null) {
            outputs.check(out, force);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("info-harga-bench");
        Map<String, Object> figures;
        try {
            figures = new BenchRun(new BenchRun.Scale(markets, commodities, years, seed, runs, saveDays), m, line -> {
                err.println(line);
                err.flush();
            }).run(work);
        } finally {
            if (!keep) {
                BenchRun.deleteTree(work);
            } else {
                err.println(work);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        BenchTable.print(figures, m, w);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures);
        if (out != null) {
            outputs.write(out, force, o -> o.write((json + System.lineSeparator())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            w.println(m.get("bench.written", out));
        } else {
            w.println(json);
        }
        w.flush();
        return 0;
    }
}
