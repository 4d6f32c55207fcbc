package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.domain.AlertLevel;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A table cell that shows an alert level as a coloured badge (Normal, Waspada, Siaga, Awas). */
public final class LevelBadgeCell<S> extends TableCell<S, AlertLevel> {
    private final Label badge = new Label();

    @Override
    protected void updateItem(AlertLevel level, boolean empty) {
        super.updateItem(level, empty);
        setText(null);
        if (empty || level == null) {
            setGraphic(null);
            return;
        }
        badge.setText(level.label());
        badge.getStyleClass().setAll("label", LevelStyles.BADGE, LevelStyles.of(level));
        setGraphic(badge);
    }
}
