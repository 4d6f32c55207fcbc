package id.sinergi.infoharga.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's words: every visible string comes from {@code i18n/messages}, Indonesian first, English second.
 *
 * <p>The services of one {@code AppContext} share one instance. The desktop opens the data folder before it can read
 * the chosen language, so it switches that instance with {@link #use(Locale)} when it knows the language (and when
 * the user picks another), so that the services' refusals speak the language of the screens around them.
 */
public final class Messages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** The locale and its bundle, swapped together. */
    private record Words(Locale locale, ResourceBundle bundle) {
        static Words of(Locale locale) {
            return new Words(locale, ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private volatile Words words;

    public Messages(Locale locale) {
        this.words = Words.of(locale);
    }

    /** From now on speaks {@code locale}; texts already handed out stay as they were. */
    public void use(Locale locale) {
        if (!words.locale().equals(locale)) {
            words = Words.of(locale);
        }
    }

    public Locale locale() {
        return words.locale();
    }

    public ResourceBundle bundle() {
        return words.bundle();
    }

    public String get(String key, Object... args) {
        Words w = words;
        String pattern;
        try {
            pattern = w.bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, w.locale()).format(args);
    }
}
