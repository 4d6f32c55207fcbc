package id.sinergi.infoharga.domain.entry;

import java.util.regex.Pattern;

/**
 * What an officer typed into a price field, read strictly (DESIGN §5): {@code 12500} or {@code 12.500}, nothing
 * else. A comma is refused because in Indonesian it is the decimal mark: "12,5" must not become 125.
 */
public record PriceInput(Problem problem, long value) {
    /** Why a text is not a price; {@link #NONE} when it is one. */
    public enum Problem { NONE, EMPTY, DECIMAL, NEGATIVE, LETTERS, ZERO, MALFORMED }

    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,3}");
    private static final Pattern DECIMAL_LIKE = Pattern.compile("\\d*([.,]\\d*)+");

    public static PriceInput parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new PriceInput(Problem.EMPTY, 0);
        }
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            return new PriceInput(Problem.NEGATIVE, 0);
        }
        if (t.chars().anyMatch(Character::isLetter)) {
            return new PriceInput(Problem.LETTERS, 0);
        }
        if (PLAIN.matcher(t).matches() || DOTTED.matcher(t).matches()) {
            long v = Long.parseLong(t.replace(".", ""));
            return v == 0 ? new PriceInput(Problem.ZERO, 0) : new PriceInput(Problem.NONE, v);
        }
        if (DECIMAL_LIKE.matcher(t).matches()) {
            return new PriceInput(Problem.DECIMAL, 0);
        }
        return new PriceInput(Problem.MALFORMED, 0);
    }

    public boolean ok() {
        return problem == Problem.NONE;
    }
}
