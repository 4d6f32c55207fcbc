package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.ChildJvm;
import id.sinergi.infoharga.testing.SaveLoop;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §3, issue 7: a process killed with SIGKILL in the middle of saving loses no acknowledged save, and the
 * database opens cleanly afterwards. The figures are printed: "kill test: 20 kills, N acknowledged saves, 0 lost".
 */
class NoLostEntryTest {
    private static final int KILLS = 20;
    /** A quicker start for the 20 child JVMs; the database code runs the same. */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    Path folder;
    @TempDir
    Path scratch;

    /** One parsed TRY/ACK line: a market-day and its prices by commodity. */
    private record Save(int marketId, LocalDate day, Map<Integer, Long> prices) {
        static Save parse(String text) {
            String[] parts = text.split(" ");
            Map<Integer, Long> prices = new HashMap<>();
            for (String pair : parts[2].split(",")) {
                String[] kv = pair.split("=");
                prices.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
            }
            return new Save(Integer.parseInt(parts[0]), LocalDate.parse(parts[1]), prices);
        }

        String key() {
            return marketId + "@" + day;
        }
    }

    /** A running {@link SaveLoop} with its output lines. */
    private static final class Child {
        final Process process;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final CompletableFuture<Void> reader;
        final CompletableFuture<String> errors;

        Child(Process process) {
            this.process = process;
            this.reader = CompletableFuture.runAsync(this::readLines);
            this.errors = CompletableFuture.supplyAsync(this::readErrors);
        }

        String lastLine;

        /** The next whole line, waiting up to a minute. */
        String next() throws Exception {
            lastLine = lines.poll(180, TimeUnit.SECONDS);
            if (lastLine == null) {
                process.destroyForcibly();
                throw new AssertionError("child fell silent\n" + errors.get(30, TimeUnit.SECONDS));
            }
            return lastLine;
        }

        void expect(String line) throws Exception {
            // Generous: on a machine shared by several builds a JVM start can take tens of seconds.
            String got = lines.poll(180, TimeUnit.SECONDS);
            if (!line.equals(got)) {
                process.destroyForcibly();
                throw new AssertionError("child said " + got + " instead of " + line + "\n"
                        + errors.get(30, TimeUnit.SECONDS));
            }
        }

        private void readLines() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The pipe closes when the child is killed.
            }
        }

        private String readErrors() {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr closed: " + e.getMessage() + ")";
            }
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
        String user = TestAccounts.prepareOfficerForAllMarkets(folder);
        Random random = new Random(20251128L);
        Map<String, Save> acknowledged = new HashMap<>();
        LocalDate nextDay = LocalDate.of(2020, 1, 1);
        int ackCount = 0;
        int lost = 0;
        Child next = start(user);
        for (int kill = 0; kill < KILLS; kill++) {
            Child child = next;
            child.expect("WARM END");
            OutputStream in = child.process.getOutputStream();
            in.write((nextDay + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            child.expect("READY END");
            // The next child warms up while this one saves, so that 20 kills stay quick. It warms up on one shared
            // scratch database (migrated once, by the first child): this child has closed it before saying READY.
            next = kill + 1 < KILLS ? start(user) : null;
            // The random moment is counted from the first acknowledged save, so that every kill lands inside a
            // running loop even on a slow, busy machine.
            List<String> seen = new ArrayList<>();
            for (String line = child.next(); !line.startsWith("ACK "); line = child.next()) {
                seen.add(line);
            }
            seen.add(child.lastLine);
            Thread.sleep(300 + random.nextInt(1200));
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.reader.get(30, TimeUnit.SECONDS);
            seen.addAll(child.lines);

            Save inFlight = null;
            for (String line : seen) {
                if (!line.endsWith(" END")) {
                    continue; // cut by the kill: not a whole report
                }
                String body = line.substring(4, line.length() - 4);
                if (line.startsWith("TRY ")) {
                    inFlight = Save.parse(body);
                    nextDay = nextDay.isAfter(inFlight.day()) ? nextDay : inFlight.day().plusDays(1);
                } else if (line.startsWith("ACK ")) {
                    Save done = Save.parse(body);
                    acknowledged.put(done.key(), done);
                    ackCount++;
                    inFlight = null;
                }
            }

            Map<String, Map<Integer, Long>> stored = new HashMap<>();
            try (Database reopened = Database.open(folder)) {
                Store store = new Store(reopened);
                for (PricePoint p : store.read(tx -> tx.prices().between(LocalDate.of(2020, 1, 1),
                        LocalDate.of(2100, 1, 1)))) {
                    stored.computeIfAbsent(p.marketId() + "@" + p.date(), k -> new HashMap<>())
                            .put(p.commodityId(), p.priceRp());
                }
                // Opens cleanly: the audit chain, the monthly sums and every page are whole.
                AuditVerifier.Report report = new AuditVerifier(store).verify();
                assertThat(report.sound()).as("after kill %d: %s", kill, report).isTrue();
            }
            // The save running at the kill may have committed without being acknowledged: that is not a loss, and
            // from now on it is what that market-day holds.
            if (inFlight != null && inFlight.prices().equals(stored.get(inFlight.key()))
                    && acknowledged.containsKey(inFlight.key())) {
                acknowledged.put(inFlight.key(), inFlight);
            }
            for (Save s : acknowledged.values()) {
                if (!s.prices().equals(stored.get(s.key()))) {
                    lost++;
                    System.out.println("lost after kill " + kill + ": " + s + ", stored " + stored.get(s.key()));
                }
            }
        }
        System.out.printf("kill test: %d kills, %d acknowledged saves, %d lost%n", KILLS, ackCount, lost);
        assertThat(ackCount).as("every kill came after at least one save").isGreaterThanOrEqualTo(KILLS);
        assertThat(lost).isZero();
    }

    private Child start(String user) throws IOException {
        return new Child(ChildJvm.start(SaveLoop.class.getName(), QUICK_START,
                List.of(folder.toString(), user, scratch.toString())));
    }
}
