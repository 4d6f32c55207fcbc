package id.sinergi.infoharga.report;

/**
 * Keeps text from being read as a formula by a spreadsheet (CSV injection): a text that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}. Every text cell that the
 * CSV and Excel writers produce goes through here.
 */
public final class SafeText {
    private SafeText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return dangerous ? "'" + text : text;
    }
}
