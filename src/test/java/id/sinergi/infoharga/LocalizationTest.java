package id.sinergi.infoharga;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles have the same keys, once each; every key is used; every key the code asks for exists. */
class LocalizationTest {
    private static final Path ID = Path.of("src/main/resources/i18n/messages_id.properties");
    private static final Path EN = Path.of("src/main/resources/i18n/messages_en.properties");
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Keys the code builds from a prefix and a value, so that no literal of them appears in the sources. Each line
     * names where it is built.
     */
    private static final Set<String> BUILT_DYNAMICALLY = Set.of(
            // EntryViewModel: "entry.parse." + PriceInput.Problem
            "entry.parse.DECIMAL", "entry.parse.NEGATIVE", "entry.parse.LETTERS", "entry.parse.ZERO",
            "entry.parse.MALFORMED",
            // EntryViewModel: "entry.reason." + ChangeReason
            "entry.reason.HARVEST", "entry.reason.WEATHER", "entry.reason.HOLIDAY", "entry.reason.SUPPLY",
            "entry.reason.DISTRIBUTION", "entry.reason.OTHER",
            // EntryViewModel: "entry.reference." + ReferenceKind
            "entry.reference.HET", "entry.reference.HAP",
            // EntryView: "entry.status." + RowStatus
            "entry.status.EMPTY", "entry.status.OK", "entry.status.FLAGGED", "entry.status.INVALID",
            "entry.status.ABOVE_REFERENCE",
            // StockEntryViewModel: "stockentry.movement." + MovementKind
            "stockentry.movement.RECEIPT", "stockentry.movement.SALE", "stockentry.movement.COUNT",
            "stockentry.movement.ADJUSTMENT",
            // BackupService: "trust.restore.refused." + BackupRefusedException.Reason
            "trust.restore.refused.NOT_A_BACKUP", "trust.restore.refused.OLD_SQL_FORMAT",
            "trust.restore.refused.NEWER_VERSION", "trust.restore.refused.SIGNATURE", "trust.restore.refused.CONTENT",
            "trust.restore.refused.VALUE", "trust.restore.refused.SCHEMA",
            // SetupWizardView: "setup.step." + Step
            "setup.step.admin", "setup.step.markets", "setup.step.reporting", "setup.step.device", "setup.step.demo",
            "setup.step.folder",
            // Desktop: "settings.language." + Language.tag()
            "settings.language.id", "settings.language.en",
            // CsvReportWriter: "report.csv." + column
            "report.csv.code", "report.csv.commodity", "report.csv.unit", "report.csv.reference",
            "report.csv.lastWeek", "report.csv.thisWeek", "report.csv.changeRp", "report.csv.changePct",
            "report.csv.level", "report.csv.cv", "report.csv.cheapestMarket", "report.csv.cheapestPrice",
            "report.csv.dearestMarket", "report.csv.dearestPrice", "report.csv.matched",
            // AccountService: "trust.password." + PasswordRules.Refusal; Authorizer: "trust.role." + Role
            "trust.password.TOO_SHORT", "trust.password.COMMON", "trust.password.SAME_AS_USERNAME",
            "trust.role.OFFICER", "trust.role.ANALYST", "trust.role.ADMIN",
            // SyncService: "sync.refused." + Receiving.Refusal.reasonKey(), "sync.code." + the kind of code
            "sync.refused.unknownDevice", "sync.refused.revoked", "sync.refused.gap", "sync.refused.malformed",
            "sync.refused.missingBase", "sync.refused.unknownCode", "sync.refused.denied",
            "sync.code.market", "sync.code.commodity", "sync.code.group", "sync.code.outlet",
            // SyncCommand, DevicesView: "sync.status." + DeviceInfo.Status; "sync.conflict." + the decision
            "sync.status.SELF", "sync.status.PENDING", "sync.status.ACCEPTED", "sync.status.REVOKED",
            "sync.status.KNOWN", "sync.conflict.CONFIRMED", "sync.conflict.REVERSED",
            // ChangeText: "sync.entity." + Entity.wireName()
            "sync.entity.price", "sync.entity.stock", "sync.entity.market", "sync.entity.group",
            "sync.entity.commodity", "sync.entity.reference", "sync.entity.outlet", "sync.entity.threshold",
            "sync.entity.account", "sync.entity.assignment", "sync.entity.setting", "sync.entity.ack",
            "sync.entity.device", "sync.entity.conflict");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern GET_CALL = Pattern.compile("\\bget\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    static List<String> keys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String t = line.strip();
            boolean wasContinued = continued;
            continued = t.endsWith("\\") && !t.endsWith("\\\\");
            if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int sep = indexOfSeparator(t);
            keys.add(sep < 0 ? t : t.substring(0, sep).strip());
        }
        return keys;
    }

    private static int indexOfSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> duplicates(List<String> keys) {
        Set<String> seen = new LinkedHashSet<>();
        return keys.stream().filter(k -> !seen.add(k)).toList();
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void noKeyAppearsTwiceInAFile() throws IOException {
        assertThat(duplicates(keys(ID))).as("duplicate keys in %s", ID).isEmpty();
        assertThat(duplicates(keys(EN))).as("duplicate keys in %s", EN).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> id = new TreeSet<>(keys(ID));
        Set<String> en = new TreeSet<>(keys(EN));
        Set<String> missingInEn = new TreeSet<>(id);
        missingInEn.removeAll(en);
        Set<String> missingInId = new TreeSet<>(en);
        missingInId.removeAll(id);
        assertThat(missingInEn).as("keys missing in English").isEmpty();
        assertThat(missingInId).as("keys missing in Indonesian").isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String sources = allSources();
        Set<String> literals = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(sources);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>(keys(ID));
        unused.removeAll(literals);
        unused.removeAll(BUILT_DYNAMICALLY);
        // CsvReportWriter: labels.get("report.csv." + column key) for each column of the weekly report CSV.
        unused.removeIf(k -> k.startsWith("report.csv."));
        // picocli asks for the command-line help texts by command and option name (CliTexts); CommandHelpTest
        // checks that each of them belongs to a command or option that exists.
        unused.removeIf(k -> k.startsWith("cli."));
        assertThat(unused).as("keys no code uses (or add them to BUILT_DYNAMICALLY)").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = new TreeSet<>(keys(ID));
        Set<String> missing = new TreeSet<>();
        Matcher m = GET_CALL.matcher(allSources());
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("keys asked for with messages.get(\"...\") but not in the bundle").isEmpty();
    }

    @Test
    void theAllowListHoldsOnlyRealKeys() throws IOException {
        assertThat(new TreeSet<>(keys(ID))).containsAll(BUILT_DYNAMICALLY);
    }
}
