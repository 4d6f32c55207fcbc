package id.sinergi.infoharga.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which passwords are refused, and why; the list of common passwords is given by the caller. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;
    /** Failed log-ins in a row after which the account waits. */
    public static final int MAX_FAILURES = 5;
    public static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(1);

    private PasswordRules() {
    }

    /** Why a password is refused. */
    public enum Refusal { TOO_SHORT, COMMON, SAME_AS_USERNAME }

    public static Optional<Refusal> check(String username, CharSequence password, Set<String> common) {
        String text = password.toString();
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.SAME_AS_USERNAME);
        }
        if (common.contains(lower) || text.chars().distinct().count() == 1) {
            return Optional.of(Refusal.COMMON);
        }
        return Optional.empty();
    }
}
