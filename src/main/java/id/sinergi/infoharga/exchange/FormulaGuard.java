package id.sinergi.infoharga.exchange;

/**
 * Keeps spreadsheet programs from running text as a formula (DESIGN §6): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which readers of our files strip again.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static String neutralise(String text) {
        if (text != null && !text.isEmpty() && isDangerous(text.charAt(0))) {
            return "'" + text;
        }
        return text;
    }

    /** Undoes {@link #neutralise}, so that an exported file imports to exactly what was exported. */
    public static String restore(String text) {
        if (text != null && text.length() >= 2 && text.charAt(0) == '\'' && isDangerous(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isDangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
