package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Actor;

import java.util.Optional;

/**
 * One section of Pengaturan as its view model sees it: whether what was typed may be saved, whether it differs from
 * what is stored, and how to save it. Adding a section (e.g. Laporan) is one more part and one more
 * {@link SettingsSection}; the dialog, Simpan and Batal are shared.
 */
public interface SettingsPart {
    /** The values typed, taken on the JavaFX thread and written off it. */
    @FunctionalInterface
    interface Save {
        void run(Actor actor) throws Exception;
    }

    /** What is wrong with the values typed, in the user's words; empty when they may be saved. */
    Optional<String> problem();

    /** Whether anything typed differs from what is stored. */
    boolean changed();

    /** A snapshot of the values typed, to be written off the JavaFX thread. */
    Save saving();

    /** Called on the JavaFX thread once every part was written. */
    default void saved() {
    }
}
