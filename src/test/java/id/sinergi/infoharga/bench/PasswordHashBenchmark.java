package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.app.PasswordHasher;

import java.util.Arrays;

/**
 * How long one Argon2id hash (19 MiB, 2 iterations, 1 lane) takes here: the cost of a log-in, of creating an
 * account, and of the tests that create accounts.
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.bench.PasswordHashBenchmark
 * -Dexec.args="20"}
 */
public final class PasswordHashBenchmark {
    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("Harga-Cabai-2025"); // warm-up
        long[] hashMs = new long[rounds];
        long[] checkMs = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            hasher.hash("Harga-Cabai-2025");
            long t1 = System.nanoTime();
            if (!hasher.matches("Harga-Cabai-2025", hash)) {
                throw new IllegalStateException("the hash does not verify");
            }
            long t2 = System.nanoTime();
            hashMs[i] = (t1 - t0) / 1_000_000;
            checkMs[i] = (t2 - t1) / 1_000_000;
        }
        Arrays.sort(hashMs);
        Arrays.sort(checkMs);
        System.out.printf("argon2id m=%d KiB t=%d p=%d: hash median %d ms (min %d, max %d), check median %d ms, "
                        + "%d rounds; %s%n", PasswordHasher.MEMORY_KIB, PasswordHasher.ITERATIONS, PasswordHasher.LANES,
                hashMs[rounds / 2], hashMs[0], hashMs[rounds - 1], checkMs[rounds / 2], rounds,
                hash.substring(0, hash.indexOf('$', "$argon2id$v=19$".length()) + 1));
    }
}
