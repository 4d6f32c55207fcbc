package id.sinergi.infoharga.domain.sync;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Device ids as they travel: lower-case canonical UUID text. Ties between changes with the same Lamport counter are
 * broken by comparing that text (never {@link UUID#compareTo}, which compares signed longs), so that a database
 * ordering by the text agrees with this code.
 */
public final class Devices {
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    public static final Comparator<UUID> ORDER = Comparator.comparing(UUID::toString);

    private Devices() {
    }

    /** A device id in canonical form; refuses anything else (a package is hostile until checked). */
    public static UUID parseId(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!CANONICAL.matcher(t).matches()) {
            throw new IllegalArgumentException("not a device id: " + text);
        }
        return UUID.fromString(t);
    }
}
