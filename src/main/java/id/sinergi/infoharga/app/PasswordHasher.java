package id.sinergi.infoharga.app;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Argon2id through password4j, in the standard {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} form: 19 MiB of
 * memory, 2 iterations, 1 lane (the OWASP minimum), 16-byte random salt, 32-byte hash.
 */
public final class PasswordHasher {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /**
     * The memory of the warm-up hash: enough blocks for the JIT compiler to compile Argon2's block function, a
     * tenth of a real hash's work.
     */
    static final int WARM_UP_KIB = 2048;

    /** Made on first use: password4j's set-up costs a few hundred ms that a command without a password needs not pay. */
    private Argon2Function argon2;

    /*
     * Class initialisation is per process, so this guard is too: password4j is first touched either by the one
     * warm-up thread or, when none was started, by whichever use comes first, which then rules out a later warm-up.
     * Every use waits for the warm-up, so its classes are never initialised by two threads at once (two threads
     * initialising classes that refer to each other can deadlock).
     */
    private static final AtomicBoolean FIRST_TOUCH_TAKEN = new AtomicBoolean();
    private static final CountDownLatch WARMED_UP = new CountDownLatch(1);

    /** A hasher that loads password4j when first used. */
    public PasswordHasher() {
    }

    /**
     * A hasher, and at once, on a second thread, a run of Argon2id with a tiny memory, so that its code is compiled
     * when the log-in comes: the first check in a fresh process otherwise runs mostly interpreted (0.3–0.4 s of a
     * start, issue 16). Meant to be called before the database is opened, which the warm-up then overlaps. Only the
     * first call of a process warms up. The real hashes keep their own parameters; only their speed changes.
     */
    public static PasswordHasher warmingUp() {
        if (FIRST_TOUCH_TAKEN.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    Password.hash("warm-up").addRandomSalt(SALT_BYTES).with(Argon2Function.getInstance(WARM_UP_KIB,
                            1, LANES, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13));
                } catch (RuntimeException | LinkageError e) {
                    // Only a head start: the first real use loads and reports the same.
                } finally {
                    WARMED_UP.countDown();
                }
            }, "argon2-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
        return new PasswordHasher();
    }

    private static void awaitWarmUp() {
        if (FIRST_TOUCH_TAKEN.compareAndSet(false, true)) {
            WARMED_UP.countDown();
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                WARMED_UP.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Argon2Function argon2() {
        if (argon2 == null) {
            argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES, Argon2.ID,
                    Argon2Function.ARGON2_VERSION_13);
        }
        return argon2;
    }

    public String hash(CharSequence password) {
        awaitWarmUp();
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2()).getResult();
    }

    /** Checks against a stored hash, with the parameters written in that hash. */
    public boolean matches(CharSequence password, String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2id$")) {
            return false;
        }
        awaitWarmUp();
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }
}
