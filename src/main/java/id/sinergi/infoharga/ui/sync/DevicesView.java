package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.sync.DeviceInfo;
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

/** Perangkat: the devices as a table, Terima and Cabut for the selected one (administrators), Muat ulang. */
final class DevicesView {
    private final DevicesViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox root = new VBox(8);
    private final TableView<DeviceInfo> table;

    DevicesView(DevicesViewModel model, ServerDevicesViewModel server, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        root.setId("sync-devices");
        table = new TableView<>(model.rows());
        table.setId("sync-devices-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                TableColumns.text(messages.get("sync.devices.col.name"), DeviceInfo::name, 200),
                TableColumns.text(messages.get("sync.devices.col.id"), DeviceInfo::shortId, 80),
                TableColumns.text(messages.get("sync.devices.col.fingerprint"), DeviceInfo::fingerprint, 300),
                TableColumns.text(messages.get("sync.devices.col.status"), this::status, 160),
                TableColumns.text(messages.get("sync.devices.col.last"), this::lastShort, 130),
                TableColumns.number(messages.get("sync.devices.col.held"), d -> number(d.held()), 90),
                TableColumns.number(messages.get("sync.devices.col.unsent"), d -> d.status()
                        == DeviceInfo.Status.SELF ? "" : number(d.unsent()), 100)));
        TableColumns.selectFirstWhenFilled(table);
        Label detail = new Label();
        detail.setId("sync-devices-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> detail.setText(d == null ? ""
                : d.name() + " \u00b7 " + d.id() + " \u00b7 " + messages.get("sync.devices.col.fingerprint") + " "
                + d.fingerprint() + (d.lastPackageAt() == null ? "" : "\n" + messages.get("sync.devices.col.last")
                + ": " + last(d))));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button accept = new Button(messages.get("sync.devices.accept"));
        accept.setId("sync-devices-accept");
        accept.setOnAction(e -> model.accept(table.getSelectionModel().getSelectedItem()));
        Button revoke = new Button(messages.get("sync.devices.revoke"));
        revoke.setId("sync-devices-revoke");
        revoke.setOnAction(e -> model.revoke(table.getSelectionModel().getSelectedItem()));
        for (Button b : List.of(accept, revoke)) {
            b.disableProperty().bind(model.canDecideProperty().not().or(table.getSelectionModel()
                    .selectedItemProperty().isNull()));
        }
        Button reload = new Button(messages.get("sync.devices.refresh"));
        reload.setOnAction(e -> model.load());
        HBox actions = new HBox(8, accept, revoke, reload);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("sync-devices-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        model.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.MUTED, Styles.MESSAGE_ERROR);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.MUTED);
        });
        root.getChildren().addAll(actions, table, detail, message, serverPart(server));
    }

    /** The central server's devices (administrators, where a server is set), with Terima di server. */
    private Node serverPart(ServerDevicesViewModel server) {
        Label title = new Label(messages.get("sync.server.devices.title"));
        title.getStyleClass().add(Styles.SUBTITLE);
        TableView<id.sinergi.infoharga.app.server.ServerDeviceInfo> devices = new TableView<>(server.rows());
        devices.setId("sync-server-devices");
        devices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        devices.setPlaceholder(new Label(""));
        devices.getColumns().setAll(List.of(
                TableColumns.text(messages.get("sync.devices.col.name"), d -> d.name(), 180),
                TableColumns.text(messages.get("sync.devices.col.id"), d -> d.id().toString().substring(0, 8), 80),
                TableColumns.text(messages.get("sync.devices.col.fingerprint"), d -> d.fingerprint(), 290),
                TableColumns.text(messages.get("sync.devices.col.status"), d -> d.self()
                        ? messages.get("sync.status.SELF") : messages.get("sync.status." + d.status().name()), 170),
                TableColumns.text(messages.get("sync.server.devices.col.lastSync"), d -> d.lastSyncAt() == null ? ""
                        : formats.dateTime(d.lastSyncAt()) + (d.lastSyncUser() == null ? "" : " \u00b7 "
                        + d.lastSyncUser()), 170),
                TableColumns.number(messages.get("sync.server.devices.col.waiting"), d -> number(d.waiting()), 90)));
        devices.setPrefHeight(150);
        devices.setMinHeight(90);
        Button accept = new Button(messages.get("sync.server.devices.accept"));
        accept.setId("sync-server-devices-accept");
        accept.disableProperty().bind(devices.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> server.accept(devices.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId("sync-server-devices-message");
        // No empty line between the title and the table while there is nothing to say.
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(server.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        server.failedProperty().addListener((o, a, f) -> {
            message.getStyleClass().removeAll(Styles.MUTED, Styles.MESSAGE_ERROR);
            message.getStyleClass().add(f ? Styles.MESSAGE_ERROR : Styles.MUTED);
        });
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        accept.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, accept);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox part = new VBox(6, head, message, devices);
        part.setId("sync-server-devices-part");
        part.visibleProperty().bind(server.shownProperty());
        part.managedProperty().bind(server.shownProperty());
        return part;
    }

    private String status(DeviceInfo d) {
        String s = messages.get("sync.status." + d.status().name());
        return d.relay() ? s + " \u00b7 " + messages.get("sync.devices.officeMark") : s;
    }

    private String lastShort(DeviceInfo d) {
        return d.lastPackageAt() == null ? "" : formats.dateTime(d.lastPackageAt());
    }

    private String last(DeviceInfo d) {
        if (d.lastPackageAt() == null) {
            return "";
        }
        return messages.get("sync.devices.lastValue", formats.dateTime(d.lastPackageAt()), d.lastPackageUser(),
                d.lastPackageSize(), d.lastPackageNew());
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
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
