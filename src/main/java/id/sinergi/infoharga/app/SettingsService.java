package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The user's settings kept with the data: for now, the language of the desktop. */
public final class SettingsService {
    static final String LANGUAGE = "ui.language";

    /** The languages offered, Indonesian first. */
    public enum Language {
        INDONESIAN("id", Messages.INDONESIAN), ENGLISH("en", Locale.ENGLISH);

        private final String tag;
        private final Locale locale;

        Language(String tag, Locale locale) {
            this.tag = tag;
            this.locale = locale;
        }

        public String tag() {
            return tag;
        }

        public Locale locale() {
            return locale;
        }
    }

    private final Store store;
    private final Clock clock;
    private final ChangeJournal journal;

    public SettingsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.journal = new ChangeJournal(store, clock);
    }

    /** Indonesian unless English was chosen. */
    public Language language() {
        String tag = store.read(tx -> tx.settings().get(LANGUAGE)).orElse("id");
        return tag.equals(Language.ENGLISH.tag) ? Language.ENGLISH : Language.INDONESIAN;
    }

    /** The language someone chose, if anyone did. */
    public java.util.Optional<Language> storedLanguage() {
        return store.read(tx -> tx.settings().get(LANGUAGE))
                .map(tag -> tag.equals(Language.ENGLISH.tag) ? Language.ENGLISH : Language.INDONESIAN);
    }

    public void setLanguage(Actor actor, Language language) {
        store.inTransaction(tx -> {
            String old = tx.settings().get(LANGUAGE).orElse(null);
            if (!language.tag.equals(old)) {
                tx.settings().put(LANGUAGE, language.tag);
                // The language is this desktop's own: audited here, never a change that travels.
                journal.local(tx, new AuditEntry(clock.instant(), actor.username(), actor.device(),
                        "app_setting", LANGUAGE, old, language.tag, null));
            }
            return null;
        });
        store.syncToDisk();
    }
}
