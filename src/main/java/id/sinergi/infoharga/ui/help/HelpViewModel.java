package id.sinergi.infoharga.ui.help;

import id.sinergi.infoharga.app.AppVersion;
import id.sinergi.infoharga.app.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the Bantuan menu shows: the user guide of the user's language (docs/panduan-pengguna*.md, copied into the
 * jar by the build: one text for the repository and the app), and for Tentang the version and the licences of the
 * bundled libraries (help/THIRD-PARTY.txt, made by the build from the libraries' POMs).
 */
public final class HelpViewModel {
    static final String GUIDE = "/help/panduan-pengguna.md";
    static final String GUIDE_EN = "/help/panduan-pengguna_en.md";
    static final String THIRD_PARTY = "/help/THIRD-PARTY.txt";

    private final Messages messages;

    public HelpViewModel(Messages messages) {
        this.messages = messages;
    }

    /** The guide as Markdown: English when the user chose English, else Indonesian. */
    public String guide() {
        boolean english = messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        String text = english ? read(GUIDE_EN) : null;
        return text != null ? text : require(GUIDE);
    }

    public String title() {
        return messages.get("help.guide.title");
    }

    /** "Sinergi Smart Info Harga 0.1.0". */
    public String versionLine() {
        return messages.get("app.title") + " " + AppVersion.current();
    }

    public String aboutText() {
        return messages.get("help.about.text", System.getProperty("java.runtime.version", "?"),
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")));
    }

    /** The bundled libraries with their licences, as the build listed them. */
    public String libraries() {
        String text = read(THIRD_PARTY);
        return text != null ? text.strip() : messages.get("help.about.noList");
    }

    private static String require(String resource) {
        String text = read(resource);
        if (text == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = HelpViewModel.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
