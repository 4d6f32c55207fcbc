package id.sinergi.infoharga.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The list of common passwords shipped as a resource (see the header of {@code common-passwords.txt}). */
public final class CommonPasswords {
    private CommonPasswords() {
    }

    /**
     * The same entries, read from the resource when first asked: only setting a password needs them, and reading
     * the 8,000 lines was part of every start (issue 16).
     */
    public static Set<String> lazy() {
        return new java.util.AbstractSet<>() {
            private Set<String> words;

            private synchronized Set<String> words() {
                if (words == null) {
                    words = load();
                }
                return words;
            }

            @Override
            public boolean contains(Object o) {
                return words().contains(o);
            }

            @Override
            public java.util.Iterator<String> iterator() {
                return words().iterator();
            }

            @Override
            public int size() {
                return words().size();
            }
        };
    }

    /** Lower-cased entries. */
    public static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
