package id.sinergi.infoharga.app;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

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

    /** Made on first use: password4j's set-up costs a few hundred ms that a command without a password needs not pay. */
    private Argon2Function argon2;

    private synchronized Argon2Function argon2() {
        if (argon2 == null) {
            argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES, Argon2.ID,
                    Argon2Function.ARGON2_VERSION_13);
        }
        return argon2;
    }

    public String hash(CharSequence password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2()).getResult();
    }

    /** Checks against a stored hash, with the parameters written in that hash. */
    public boolean matches(CharSequence password, String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }
}
