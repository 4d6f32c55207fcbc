package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.server.ServerAccount;
import id.sinergi.infoharga.app.server.ServerService;
import id.sinergi.infoharga.app.server.SyncResult;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.server.ServerUrl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static id.sinergi.infoharga.bench.BenchSupport.COMMODITIES;
import static id.sinergi.infoharga.bench.BenchSupport.MARKETS;
import static id.sinergi.infoharga.bench.BenchSupport.PASSWORD;
import static id.sinergi.infoharga.bench.BenchSupport.USER;
import static id.sinergi.infoharga.bench.BenchSupport.delete;
import static id.sinergi.infoharga.bench.BenchSupport.runCommand;
import static id.sinergi.infoharga.bench.BenchSupport.seconds;

/**
 * The central server (issue 14), against the PostgreSQL of {@code INFO_HARGA_TEST_PG_URL} (a database of its own,
 * dropped afterwards): push throughput for one year of one market's entries (35 commodities a day: 12,775
 * changes), then the other nineteen markets' year pushed too, the time for a new device to pull one year of all
 * twenty markets (255,500 changes), and twenty new devices pulling at once (threads, each its own data folder),
 * stopped after a time bound: changes pulled per second in all and per device.
 * <pre>
 * MAVEN_OPTS=-Xmx3g ./mvnw -q -o test-compile exec:java \
 *     -Dexec.mainClass=id.sinergi.infoharga.bench.ServerBenchmark [-Dexec.args="MARKETS DEVICES SECONDS"]
 * </pre>
 * Defaults: 20 markets, 20 devices, 180 seconds for the concurrent pulls. The load average is printed with the
 * figures: on a shared machine they depend on it.
 */
public final class ServerBenchmark {
    private static final int DAYS = 365;
    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int markets = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int devices = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 180;
        String base = System.getenv("INFO_HARGA_TEST_PG_URL");
        if (base == null) {
            System.out.println("set INFO_HARGA_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
            return;
        }
        ServerUrl admin = ServerUrl.parse(base);
        String db = "ihbench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(admin.jdbc()); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        ServerUrl url = new ServerUrl(admin.host(), admin.port(), db, admin.params());
        Path work = Files.createTempDirectory("info-harga-server-bench");
        System.out.printf("%d processors, max heap %d MB, %s; load average at start %.1f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, db, load());
        try {
            run(work, url, markets, devices, seconds);
        } finally {
            dropAll(admin, db);
            delete(work);
        }
    }

    private static void run(Path work, ServerUrl url, int markets, int devices, int seconds) throws Exception {
        Path office = work.resolve("office");
        runCommand(office, "admin", "create", "--user", USER);
        Messages messages = new Messages(Messages.INDONESIAN);
        ServerAccount analyst;
        Path start = work.resolve("awal.sinergi");
        try (AppContext ctx = new AppContext(office, Clock.systemUTC(), messages)) {
            Actor me = ctx.accounts().login(USER, PASSWORD, "bench");
            ctx.accounts().createUser(me, "analis", Role.ANALYST, PASSWORD);
            ctx.sync().export(me, start, null, true, false, WorkProgress.NONE);
            ctx.server().init(me, url.jdbc(), null, "mojokerto", "Kabupaten Mojokerto");
            analyst = ctx.server().addAccount(me, null, "analis");
        }

        Path one = work.resolve("one.csv");
        long rows1 = writeCsv(one, 0, 1);
        runCommand(office, "--user", USER, "import", "prices", one.toString(), "--accept-unusual");
        try (AppContext ctx = new AppContext(office, Clock.systemUTC(), messages)) {
            Actor me = ctx.accounts().login(USER, PASSWORD, "bench");
            long t0 = System.nanoTime();
            SyncResult r = ctx.server().sync(me, null, null, WorkProgress.NONE);
            double s = seconds(t0);
            System.out.printf("push one year of one market: %,d changes (%,d price entries) in %.1f s = %,.0f changes/s;"
                    + " load %.1f%n", r.pushed(), rows1, s, r.pushed() / s, load());
        }
        if (markets > 1) {
            Path rest = work.resolve("rest.csv");
            long rows = writeCsv(rest, 1, markets);
            runCommand(office, "--user", USER, "import", "prices", rest.toString(), "--accept-unusual");
            try (AppContext ctx = new AppContext(office, Clock.systemUTC(), messages)) {
                Actor me = ctx.accounts().login(USER, PASSWORD, "bench");
                long t0 = System.nanoTime();
                SyncResult r = ctx.server().sync(me, null, null, WorkProgress.NONE);
                double s = seconds(t0);
                System.out.printf("push the other %d markets' year: %,d changes (%,d entries) in %.1f s = %,.0f"
                        + " changes/s; load %.1f%n", markets - 1, r.pushed(), rows, s, r.pushed() / s, load());
            }
        }
        String fingerprint = DeviceFile.load(office).identity().fingerprint();

        // One new device pulls everything.
        Path first = work.resolve("device-0");
        try (AppContext ctx = newDevice(first, start, fingerprint, messages)) {
            Actor a = ctx.accounts().login("analis", PASSWORD, "bench");
            long t0 = System.nanoTime();
            SyncResult r = ctx.server().sync(a, analyst.url(), analyst.password().toCharArray(), WorkProgress.NONE);
            double s = seconds(t0);
            System.out.printf("a new device pulls %d market(s) x %d commodities x %d days: %,d changes (%,d new) in"
                            + " %.1f s = %,.0f changes/s; load %.1f%n", markets, COMMODITIES.length, DAYS,
                    r.pulledNew() + r.known(), r.pulledNew(), s, (r.pulledNew() + r.known()) / s, load());
        }

        // Twenty new devices at once, each its own folder and connection, stopped after the time bound.
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong pulled = new AtomicLong();
        List<Future<long[]>> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= devices; i++) {
            Path folder = work.resolve("device-" + i);
            runs.add(pool.submit(() -> {
                try (AppContext ctx = newDevice(folder, start, fingerprint, messages)) {
                    Actor a = ctx.accounts().login("analis", PASSWORD, "bench");
                    long[] mine = {0, 0};
                    ServerService s = ctx.server().withBatches(1_000, 1_000, (push, batch, pid) -> {
                        if (!push) {
                            mine[0] += 1_000;
                            pulled.addAndGet(1_000);
                        }
                    });
                    WorkProgress bounded = new WorkProgress() {
                        @Override
                        public void update(double fraction, String message) {
                        }

                        @Override
                        public boolean cancelled() {
                            return System.nanoTime() > deadline;
                        }
                    };
                    long start1 = System.nanoTime();
                    try {
                        SyncResult r = s.sync(a, analyst.url(), analyst.password().toCharArray(), bounded);
                        mine[0] = r.pulledNew() + r.known();
                        mine[1] = System.nanoTime() - start1;
                    } catch (WorkCancelledException e) {
                        mine[1] = -1;
                    }
                    return mine;
                }
            }));
        }
        int finished = 0;
        long total = 0;
        double slowest = 0;
        for (Future<long[]> f : runs) {
            long[] r = f.get();
            total += r[0];
            if (r[1] > 0) {
                finished++;
                slowest = Math.max(slowest, r[1] / 1e9);
            }
        }
        pool.shutdown();
        double s = seconds(t0);
        System.out.printf("%d new devices pulling at once for at most %d s: %d finished (slowest %.1f s), %,d changes"
                        + " pulled in all in %.1f s = %,.0f changes/s in all, %,.0f per device; load %.1f%n", devices,
                seconds, finished, slowest, total, s, total / s, total / s / devices, load());
    }

    private static AppContext newDevice(Path folder, Path start, String fingerprint, Messages messages) {
        DeviceFile.loadOrCreate(folder, "Laptop " + folder.getFileName());
        AppContext ctx = new AppContext(folder, Clock.systemUTC(), messages);
        ctx.sync().startFrom(start, fingerprint, WorkProgress.NONE);
        return ctx;
    }

    private static long writeCsv(Path csv, int fromMarket, int toMarket) throws IOException {
        LocalDate first = LocalDate.of(2025, 6, 30).minusDays(DAYS - 1L);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("date,market,commodity,price\n");
            for (int d = 0; d < DAYS; d++) {
                String day = first.plusDays(d).toString();
                for (int m = fromMarket; m < toMarket; m++) {
                    for (int c = 0; c < COMMODITIES.length; c++) {
                        long price = 5_000 + 100L * ((d * 31L + m * 17L + c * 1_009L) % 400);
                        w.write(day + ',' + MARKETS[m] + ',' + COMMODITIES[c] + ',' + price + '\n');
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void dropAll(ServerUrl admin, String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(admin.jdbc()); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            List<String> roles = new ArrayList<>();
            try (var r = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE 'ih\\_" + db + "\\_%'")) {
                while (r.next()) {
                    roles.add(r.getString(1));
                }
            }
            roles.sort(Comparator.comparing(n -> n.endsWith("_app") || n.endsWith("_reader")));
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        }
    }

}
