package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command the root registers, also one added later, answers {@code --help} and {@code help COMMAND} with exit
 * 0 and a description of its own from the bundles, in Indonesian and in English; every option and parameter is
 * described; every {@code cli.} text belongs to a command or option that exists; {@code --version} is the pom's.
 */
class CommandHelpTest {
    private static final Map<String, Locale> LANGUAGES = Map.of("id", Messages.INDONESIAN, "en", Locale.ENGLISH);

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String lang, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InfoHargaCommand root = new InfoHargaCommand(Map.of("INFO_HARGA_LANG", lang));
        CommandLine cli = InfoHargaCommand.commandLine(root);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(args);
        int exit;
        try (root) {
            exit = cli.execute(all.toArray(String[]::new));
        }
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every command below the root, as the words typed after {@code info-harga}. */
    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        InfoHargaCommand.everyCommand(InfoHargaCommand.commandLine(new InfoHargaCommand(Map.of())), c -> {
            List<String> words = Arrays.asList(c.getCommandSpec().qualifiedName(" ").split(" "));
            if (words.size() > 1) {
                paths.add(words.subList(1, words.size()));
            }
        });
        return paths;
    }

    private static ResourceBundle bundle(String lang) {
        return new Messages(LANGUAGES.get(lang)).bundle();
    }

    private static String text(String lang, String key) {
        ResourceBundle b = bundle(lang);
        return b.containsKey(key) ? b.getString(key).strip() : "";
    }

    /** The picocli key of an option (its longest name without dashes) or of a parameter (its descriptionKey). */
    private static String argKey(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.descriptionKey().isEmpty() ? option.longestName().replaceFirst("^-+", "")
                    : option.descriptionKey();
        }
        return ((PositionalParamSpec) arg).descriptionKey();
    }

    private static boolean standardHelp(ArgSpec arg) {
        return arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp());
    }

    @Test
    void theWalkFindsTheKnownCommandsAndTheirSubCommands() {
        List<String> names = commandPaths().stream().map(p -> String.join(" ", p)).toList();
        assertThat(names).contains("help", "markets", "demo", "admin", "admin create", "admin reset-password",
                "import prices", "export prices", "report weekly", "report brief", "restore");
    }

    @Test
    void everyCommandAnswersHelpInBothLanguagesWithItsOwnDescription() {
        for (List<String> path : commandPaths()) {
            String key = CliTexts.PREFIX + String.join(".", path) + ".usage.description";
            for (String lang : LANGUAGES.keySet()) {
                String description = text(lang, key);
                assertThat(description).as("%s in messages_%s", key, lang).isNotEmpty();
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                Run help = run(lang, args);
                assertThat(help.exit).as("%s --help (%s): %s", path, lang, help.err).isZero();
                String firstWords = description.substring(0, Math.min(30, description.length()));
                assertThat(help.out.replaceAll("\\s+", " ")).as("%s --help (%s)", path, lang)
                        .contains(firstWords.replaceAll("\\s+", " "));

                List<String> viaHelp = new ArrayList<>(List.of("help"));
                viaHelp.addAll(path);
                Run asked = run(lang, viaHelp);
                assertThat(asked.exit).as("help %s (%s): %s", path, lang, asked.err).isZero();
                assertThat(asked.out).as("help %s (%s)", path, lang).isEqualTo(help.out);
            }
        }
    }

    @Test
    void everyOptionAndParameterIsDescribedInBothLanguages() {
        InfoHargaCommand.everyCommand(InfoHargaCommand.commandLine(new InfoHargaCommand(Map.of())), c -> {
            CommandSpec spec = c.getCommandSpec();
            String qualified = spec.qualifiedName(".");
            for (ArgSpec arg : spec.args()) {
                if (standardHelp(arg)) {
                    continue;
                }
                String picocliKey = qualified + "." + argKey(arg);
                for (String lang : LANGUAGES.keySet()) {
                    String own = text(lang, CliTexts.stored(picocliKey));
                    String shared = text(lang, CliTexts.stored(argKey(arg)));
                    assertThat(own.isEmpty() && shared.isEmpty()).as("%s has no text in messages_%s (%s)",
                            picocliKey, lang, CliTexts.stored(picocliKey)).isFalse();
                }
            }
        });
    }

    @Test
    void everyCliTextBelongsToACommandOrOptionThatExists() {
        Set<String> known = new TreeSet<>();
        InfoHargaCommand.everyCommand(InfoHargaCommand.commandLine(new InfoHargaCommand(Map.of())), c -> {
            CommandSpec spec = c.getCommandSpec();
            String qualified = spec.qualifiedName(".");
            known.add(qualified);
            for (ArgSpec arg : spec.args()) {
                List<String> keys = new ArrayList<>(List.of(argKey(arg)));
                if (arg instanceof OptionSpec option) {
                    keys.add(option.longestName().replaceFirst("^-+", ""));
                }
                for (String key : keys) {
                    known.add(qualified + "." + key);
                    known.add(key);
                }
            }
        });
        String sources = mainSources();
        Set<String> orphans = new TreeSet<>();
        for (String key : bundle("id").keySet()) {
            // Messages of the commands themselves (cli.badDate, cli.error.*) are asked for by the code, not picocli.
            if (!key.startsWith(CliTexts.PREFIX) || sources.contains("\"" + key + "\"")) {
                continue;
            }
            String asked = CliTexts.asked(key);
            boolean usage = asked.contains("usage.");
            String owner = usage ? asked.substring(0, Math.max(0, asked.indexOf(".usage.")))
                    : asked;
            boolean sharedSection = usage && asked.startsWith("usage.");
            if (!sharedSection && !known.contains(owner)) {
                orphans.add(key);
            }
        }
        assertThat(orphans).as("cli. texts of no command or option").isEmpty();
    }

    private static String mainSources() {
        try (var files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p));
            }
            return all.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRootHelpListsExitCodesAndEnvironmentVariables() {
        for (String lang : LANGUAGES.keySet()) {
            Run help = run(lang, List.of("--help"));
            assertThat(help.exit).isZero();
            assertThat(help.out).contains("INFO_HARGA_HOME", "INFO_HARGA_USER", "INFO_HARGA_PASSWORD",
                    "INFO_HARGA_NEW_PASSWORD", "INFO_HARGA_LANG");
            for (int code = 0; code <= 4; code++) {
                assertThat(help.out).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
            }
        }
        assertThat(run("en", List.of("--help")).out).contains("Exit codes:", "Environment variables:");
        assertThat(run("id", List.of("--help")).out).contains("Kode keluar:", "Variabel lingkungan:");
    }

    @Test
    void demoHelpDoesNotAskForTheYears() {
        Run help = run("id", List.of("demo", "--help"));
        assertThat(help.exit).isZero();
        assertThat(help.err).isEmpty();
        assertThat(help.out).contains("--years");
    }

    @Test
    void theVersionIsThePoms() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>info-harga</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        for (List<String> args : List.of(List.of("--version"), List.of("markets", "--version"))) {
            Run version = run("id", args);
            assertThat(version.exit).isZero();
            assertThat(version.out.strip()).isEqualTo("Sinergi Smart Info Harga " + m.group(1));
        }
    }
}
