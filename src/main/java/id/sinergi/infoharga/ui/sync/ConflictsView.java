package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.sync.ConflictInfo;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Konflik: each pair with the value in force and the one that lost; Konfirmasi or Balik (administrators). */
final class ConflictsView {
    private final ConflictsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox root = new VBox(8);
    private final TableView<ConflictInfo> table;

    ConflictsView(ConflictsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        root.setId("sync-conflicts");
        Label hint = new Label(messages.get("sync.conflicts.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table = new TableView<>(model.rows());
        table.setId("sync-conflicts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("sync.conflict.none")));
        table.getColumns().setAll(List.of(
                TableColumns.text(messages.get("sync.conflicts.col.what"), ConflictInfo::what, 330),
                TableColumns.text(messages.get("sync.conflicts.col.winner"), c -> c.winner().value(), 110),
                TableColumns.text(messages.get("sync.conflicts.col.by"), c -> c.winner().user(), 110),
                TableColumns.text(messages.get("sync.conflicts.col.loser"), c -> c.loser().value(), 110),
                TableColumns.text(messages.get("sync.conflicts.col.by"), c -> c.loser().user(), 110),
                TableColumns.text(messages.get("sync.conflicts.col.status"), this::status, 120)));
        TableColumns.selectFirstWhenFilled(table);
        // The whole pair under the table: who, on which device, when (too long for the columns at 1366 px).
        Label detail = new Label();
        detail.setId("sync-conflicts-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> detail.setText(c == null ? ""
                : c.what() + "\n" + messages.get("sync.conflicts.col.winner") + ": " + side(c.winner()) + "\n"
                + messages.get("sync.conflicts.col.loser") + ": " + side(c.loser())));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button confirm = new Button(messages.get("sync.conflicts.confirm"));
        confirm.setId("sync-conflicts-confirm");
        confirm.setOnAction(e -> model.confirm(table.getSelectionModel().getSelectedItem()));
        Button reverse = new Button(messages.get("sync.conflicts.reverse"));
        reverse.setId("sync-conflicts-reverse");
        reverse.setOnAction(e -> model.reverse(table.getSelectionModel().getSelectedItem()));
        for (Button b : List.of(confirm, reverse)) {
            b.disableProperty().bind(model.canDecideProperty().not().or(table.getSelectionModel()
                    .selectedItemProperty().isNull()));
        }
        HBox actions = new HBox(8, confirm, reverse);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("sync-conflicts-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        model.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.MUTED, Styles.MESSAGE_ERROR);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.MUTED);
        });
        root.getChildren().addAll(hint, actions, table, detail, message);
    }

    private String side(ConflictInfo.Side s) {
        return messages.get("sync.conflicts.side", s.value(), s.user(), s.device(), formats.dateTime(s.at()));
    }

    private String status(ConflictInfo c) {
        return c.decision() == null ? messages.get("sync.conflict.open")
                : messages.get("sync.conflict." + c.decision().name());
    }

    Node view() {
        return root;
    }

    void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }
}
