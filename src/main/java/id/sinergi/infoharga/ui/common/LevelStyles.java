package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.domain.AlertLevel;

/** The style classes of an alert level's badge; their colours are -ih-normal … -ih-awas in app.css. */
public final class LevelStyles {
    public static final String BADGE = "level-badge";

    private LevelStyles() {
    }

    /** "level-normal", "level-waspada", "level-siaga", "level-awas". */
    public static String of(AlertLevel level) {
        return "level-" + level.name().toLowerCase();
    }
}
