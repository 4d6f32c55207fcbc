package id.sinergi.infoharga.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench} at a tiny scale: every figure the issue names is in the JSON, with values that can be true. Two
 * markets more than the seed's twenty, as at province scale: the bench adds its own, and every folder it imports
 * into must know them (a 60-market bench stopped at the import when only the data folder had them).
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void tinyBenchWritesEveryFigure() throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (InfoHargaCommand root = new InfoHargaCommand(Map.of())) {
            CommandLine cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            exit = cli.execute("--data-dir", dir.resolve("untouched").toString(), "bench", "--markets", "22",
                    "--commodities", "2", "--years", "1", "--runs", "1", "--save-days", "2", "--out",
                    json.toString());
        }
        assertThat(exit).as(err.toString()).isZero();
        // The user's data folder is never opened: the bench works in a temporary folder of its own.
        assertThat(dir.resolve("untouched").resolve("infoharga.mv.db")).doesNotExist();
        JsonNode f = new ObjectMapper().readTree(Files.readString(json));

        JsonNode scale = f.get("scale");
        assertThat(scale.get("markets").asInt()).isEqualTo(22);
        assertThat(scale.get("commodities").asInt()).isEqualTo(2);
        assertThat(scale.get("cores").asInt()).isPositive();
        assertThat(scale.get("java").asText()).contains(System.getProperty("java.version"));
        // One year of 22 markets × 2 commodities, a few days missing as the demo generator leaves them.
        long prices = scale.get("prices").asLong();
        assertThat(prices).isBetween(22L * 2 * 365 * 8 / 10, 22L * 2 * 366);

        for (String timed : List.of("version", "marketsEmpty", "markets", "dashboard", "trend", "alps")) {
            assertTimed(f.get(timed), timed, "ms");
        }
        for (String part : List.of("numbers", "xlsx", "pdf", "xlsxProcess")) {
            assertTimed(f.get("report").get(part), "report." + part, "ms");
        }
        JsonNode imports = f.get("import");
        assertTimed(imports, "import", "rowsPerSecond");
        // The last year's prices, as exported: at most the prices there are.
        assertThat(imports.get("rows").asLong()).isPositive().isLessThanOrEqualTo(prices);

        JsonNode save = f.get("save");
        assertThat(save.get("saves").asInt()).as("2 days × 22 markets, one warm-up").isEqualTo(43);
        assertThat(save.get("p50Ms").asDouble()).isPositive().isLessThanOrEqualTo(save.get("p99Ms").asDouble());

        JsonNode bytes = f.get("bytes");
        assertThat(bytes.get("fileAsLeft").asLong()).isGreaterThan(8192);
        assertThat(bytes.get("perPriceAsLeft").asDouble())
                .isEqualTo(Math.round(bytes.get("fileAsLeft").asDouble() / prices * 10) / 10.0);
        assertThat(bytes.get("perPriceAfterSaves").asDouble()).isPositive();
        assertThat(f.get("heap").get("afterDashboardMb").asLong()).isPositive();
        assertThat(f.get("demo").get("prices").asLong()).isEqualTo(prices);
        assertThat(f.get("demo").get("peakHeapMb").asLong()).isPositive();
        JsonNode compact = f.get("compact");
        assertThat(compact.get("seconds").asDouble()).isPositive();
        assertThat(compact.get("fileAfter").asLong()).isGreaterThan(8192);
        assertThat(compact.get("perPriceAfter").asDouble()).isPositive();
        // The table for people names the scale.
        assertThat(out.toString()).contains("22 pasar").contains("p50");
    }

    private static void assertTimed(JsonNode figure, String name, String unit) {
        assertThat(figure).as(name).isNotNull();
        assertThat(figure.get("unit").asText()).as(name).isEqualTo(unit);
        double min = figure.get("min").asDouble();
        double median = figure.get("median").asDouble();
        double max = figure.get("max").asDouble();
        assertThat(min).as(name).isPositive();
        assertThat(median).as(name).isBetween(min, max);
        assertThat(figure.get("runs").size()).as(name).isEqualTo(1);
    }
}
