package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.app.SettingsService.Language;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.List;
import java.util.Optional;

/** Umum: the language of the desktop (the shell is built again in it after Simpan). */
public final class GeneralSettingsViewModel implements SettingsPart {
    private final SettingsService settings;
    private final Language current;
    private final List<Language> languages = List.of(Language.values());
    private final List<String> names;
    private final IntegerProperty selected;

    public GeneralSettingsViewModel(SettingsService settings, Language current, Messages messages) {
        this.settings = settings;
        this.current = current;
        this.names = languages.stream().map(l -> messages.get("settings.language." + l.tag())).toList();
        this.selected = new SimpleIntegerProperty(languages.indexOf(current));
    }

    /** The languages' names, each in its own language. */
    public List<String> names() {
        return names;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public Language chosen() {
        int at = selected.get();
        return at < 0 ? current : languages.get(at);
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }

    @Override
    public boolean changed() {
        return chosen() != current;
    }

    @Override
    public Save saving() {
        Language language = chosen();
        return actor -> settings.setLanguage(actor, language);
    }
}
