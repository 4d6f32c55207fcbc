package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Kirim & Terima: this device's name and fingerprint, the two buttons (and a folder of packages), the progress
 * of the package being written or read with Batal, and a row per package read.
 */
final class ExchangeView {
    private final ExchangeViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final Button send;

    private Button synchronise;

    ExchangeView(ExchangeViewModel model, ServerSyncViewModel server, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("sync-exchange");
        Label self = new Label();
        self.textProperty().bind(model.selfProperty());
        self.setId("sync-self");
        self.getStyleClass().add(Styles.SUBTITLE);
        self.setWrapText(true);
        Label hint = new Label(messages.get("sync.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        send = new Button(messages.get("sync.send"));
        send.setId("sync-send");
        send.getStyleClass().add(Styles.PRIMARY);
        send.setOnAction(e -> model.send());
        Button receive = new Button(messages.get("sync.receive"));
        receive.setId("sync-receive");
        receive.setOnAction(e -> model.receiveFiles());
        Button folder = new Button(messages.get("sync.receiveFolder"));
        folder.setId("sync-receive-folder");
        folder.setOnAction(e -> model.receiveFolder());
        for (Button b : List.of(send, receive, folder)) {
            b.disableProperty().bind(model.busyProperty());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(180);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.get("sync.cancel"));
        cancel.setId("sync-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Button rename = new Button(messages.get("sync.rename.button"));
        rename.setId("sync-rename");
        rename.disableProperty().bind(model.busyProperty());
        rename.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rename.setOnAction(e -> model.rename());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, send, receive, folder, bar, cancel, gap, rename);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("sync-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.SAVED);
        model.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.SAVED, Styles.MESSAGE_ERROR);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.SAVED);
        });

        TableView<ExchangeViewModel.Row> table = new TableView<>(model.rows());
        table.setId("sync-results");
        table.setPlaceholder(new Label(messages.get("sync.results.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                TableColumns.text(messages.get("sync.col.file"), ExchangeViewModel.Row::file, 230),
                TableColumns.text(messages.get("sync.col.device"), ExchangeViewModel.Row::device, 210),
                TableColumns.text(messages.get("sync.col.user"), ExchangeViewModel.Row::user, 80),
                TableColumns.text(messages.get("sync.col.status"), r -> result(r.result()), 140),
                TableColumns.number(messages.get("sync.col.fresh"), r -> count(r.fresh()), 55),
                TableColumns.number(messages.get("sync.col.known"), r -> count(r.known()), 90),
                TableColumns.number(messages.get("sync.col.conflicts"), r -> count(r.conflicts()), 65),
                TableColumns.text(messages.get("sync.col.note"), ExchangeViewModel.Row::note, 180)));
        // A refusal is long (which line, which change, why): the selected row's note shows whole below.
        Label note = new Label();
        note.setId("sync-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> note.setText(
                r == null || r.note().isEmpty() ? "" : r.file() + ": " + r.note()));
        // After the table's own listener (registered when it was built): the newest package is the one selected.
        table.getItems().addListener((javafx.collections.ListChangeListener<ExchangeViewModel.Row>) c ->
                table.getSelectionModel().selectLast());
        VBox.setVgrow(table, Priority.ALWAYS);
        // The texts keep their lines when the window is short (the demo band takes a row): the table gives way, and
        // the fingerprint the office reads out to a new laptop is never cut.
        for (Label l : List.of(self, hint, message)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        root.getChildren().addAll(self, hint, actions, message);
        if (server != null) {
            root.getChildren().add(serverBlock(server));
        }
        root.getChildren().addAll(table, note);
    }

    /** Server pusat: Sinkronkan with its progress, Batal, and the line of what came of it. */
    private Node serverBlock(ServerSyncViewModel server) {
        Label title = new Label(messages.get("sync.server.title"));
        title.getStyleClass().add(Styles.SUBTITLE);
        Label hint = new Label(messages.get("sync.server.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        synchronise = new Button(messages.get("sync.server.run"));
        synchronise.setId("sync-server-run");
        synchronise.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        synchronise.disableProperty().bind(server.busyProperty().or(model.busyProperty()));
        synchronise.setOnAction(e -> server.sync());
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-server-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(server.progressProperty());
        bar.visibleProperty().bind(server.busyProperty());
        Button cancel = new Button(messages.get("sync.cancel"));
        cancel.setId("sync-server-cancel");
        cancel.visibleProperty().bind(server.busyProperty());
        cancel.setOnAction(e -> server.cancel());
        HBox actions = new HBox(8, synchronise, bar, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("sync-server-message");
        message.setWrapText(true);
        message.textProperty().bind(server.messageProperty());
        message.getStyleClass().add(Styles.SAVED);
        server.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.SAVED, Styles.MESSAGE_ERROR);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.SAVED);
        });
        for (Label l : List.of(title, hint, message)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox block = new VBox(6, title, hint, actions, message);
        block.setId("sync-server");
        block.setPadding(new javafx.geometry.Insets(6, 0, 4, 0));
        return block;
    }

    private String result(ExchangeViewModel.Result r) {
        return messages.get(switch (r) {
            case APPLIED -> "sync.result.applied";
            case REFUSED -> "sync.result.refused";
            case WAITING -> "sync.result.waiting";
        });
    }

    private static String count(Integer n) {
        return n == null ? "" : String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    Node view() {
        return root;
    }

    void focus() {
        send.requestFocus();
    }
}
