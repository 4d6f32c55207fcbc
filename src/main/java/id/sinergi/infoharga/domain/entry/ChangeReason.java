package id.sinergi.infoharga.domain.entry;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a price moved a lot (DESIGN §5). {@code code} is what is stored in the observation's reason, in Indonesian,
 * so that a report read years later still says it in the officers' words whatever language the screen had.
 */
public enum ChangeReason {
    HARVEST("panen"),
    WEATHER("cuaca"),
    HOLIDAY("hari besar"),
    SUPPLY("pasokan"),
    DISTRIBUTION("distribusi"),
    OTHER("lainnya");

    private static final String SEPARATOR = ": ";

    private final String code;

    ChangeReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The stored text: "cuaca" or "cuaca: hujan deras tiga hari"; free text alone is required for OTHER. */
    public String describe(String note) {
        String n = note == null ? "" : note.strip();
        return n.isEmpty() ? code : code + SEPARATOR + n;
    }

    /** Reads a stored reason back; empty when it does not start with one of the codes. */
    public static Optional<ChangeReason> ofStored(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> stored.equals(r.code) || stored.startsWith(r.code + SEPARATOR))
                .findFirst();
    }

    /** The free text of a stored reason ("" when there is none). */
    public static String noteOf(String stored) {
        return ofStored(stored).map(r -> stored.length() > r.code.length()
                ? stored.substring(r.code.length() + SEPARATOR.length()) : "").orElse(stored == null ? "" : stored);
    }
}
