package id.sinergi.infoharga.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A price as the audit trail keeps it in its old and new value: {@code "12500"}, or with the trader quotes it came
 * from, {@code "12500 (12000/12500/13000)"}. Written by the entry save and the import, read back for the history.
 */
public record AuditedPrice(long priceRp, List<Long> quotes) {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,15})(?: \\((\\d{1,15}(?:/\\d{1,15}){0,2})\\))?");

    public AuditedPrice {
        quotes = List.copyOf(quotes);
    }

    /** The stored text. */
    public String text() {
        return quotes.isEmpty() ? Long.toString(priceRp)
                : priceRp + " " + quotes.stream().map(String::valueOf).collect(Collectors.joining("/", "(", ")"));
    }

    /** Reads a stored text; empty for null or anything not written by {@link #text()}. */
    public static Optional<AuditedPrice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Long> quotes = new ArrayList<>();
        if (m.group(2) != null) {
            for (String q : m.group(2).split("/")) {
                quotes.add(Long.parseLong(q));
            }
        }
        return Optional.of(new AuditedPrice(Long.parseLong(m.group(1)), quotes));
    }
}
