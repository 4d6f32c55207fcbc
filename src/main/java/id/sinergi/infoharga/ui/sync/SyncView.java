package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Pertukaran Data (issue 13): three tabs, Kirim &amp; Terima, Perangkat and Konflik; Ctrl+Tab changes tab. The shell's
 * Ctrl+Shift+K and Ctrl+Shift+T come here to send and to receive from any screen.
 */
public final class SyncView implements Screen {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final ExchangeViewModel exchange;
    private final DevicesViewModel devices;
    private final ConflictsViewModel conflicts;
    private final ServerSyncViewModel server;
    private final ServerDevicesViewModel serverDevices;
    private final ExchangeView exchangeView;
    private final DevicesView devicesView;
    private final ConflictsView conflictsView;

    public SyncView(ShellServices services) {
        Messages messages = services.messages();
        var sync = services.context().sync();
        BooleanSupplier admin = () -> services.context().accounts().account(services.session().username())
                .map(a -> a.active() && a.role() == Role.ADMIN).orElse(false);
        exchange = new ExchangeViewModel(sync, messages, services.tasks(), services.dialogs(),
                services.session()::actor, admin, new Choosers(messages), () -> {
                    services.dataChanged().run();
                    services.masterDataChanged().run();
                });
        devices = new DevicesViewModel(sync, messages, services.tasks(), services.dialogs(),
                services.session()::actor, admin);
        conflicts = new ConflictsViewModel(sync, messages, services.tasks(), services.dialogs(),
                services.session()::actor, admin, services.dataChanged());
        server = new ServerSyncViewModel(ServerSide.sync(services.context()), messages, services.tasks(), services.dialogs(),
                services.session()::actor, () -> {
                    services.dataChanged().run();
                    services.masterDataChanged().run();
                });
        exchangeView = new ExchangeView(exchange, server, messages);
        serverDevices = new ServerDevicesViewModel(ServerSide.devices(services.context()), messages,
                services.tasks(), services.dialogs(), services.session()::actor, admin);
        devicesView = new DevicesView(devices, serverDevices, messages, services.formats());
        conflictsView = new ConflictsView(conflicts, messages, services.formats());

        root.getStyleClass().add(Styles.PAGE);
        root.setId("sync-screen");
        Label title = new Label(messages.get("sync.title"));
        title.getStyleClass().add(Styles.TITLE);
        BorderPane.setMargin(title, new javafx.geometry.Insets(0, 0, 8, 0));
        root.setTop(title);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab exchangeTab = tab("sync-tab-exchange", messages.get("sync.tab.exchange"), exchangeView.view());
        Tab devicesTab = tab("sync-tab-devices", messages.get("sync.tab.devices"), devicesView.view());
        Tab conflictsTab = tab("sync-tab-conflicts", messages.get("sync.tab.conflicts"), conflictsView.view());
        tabs.getTabs().setAll(exchangeTab, devicesTab, conflictsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == devicesTab) {
                devices.load();
                serverDevices.load();
            } else if (t == conflictsTab) {
                conflicts.load();
            }
            Platform.runLater(this::focusTab);
        });
        root.setCenter(tabs);
        // The tab headers are no place for the cursor (Ctrl+Tab changes tab from anywhere): when the scene hands the
        // focus to the tab pane itself (e.g. after the previous screen's field left the scene), it goes on to the
        // tab's own first control.
        tabs.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(this::focusTab);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.TAB) {
                e.consume();
                int n = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (e.isShiftDown() ? n - 1 : 1)) % n);
            }
        });
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        javafx.scene.layout.VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        ((javafx.scene.layout.Region) content).setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return t;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        // After the shell has put the screen in its scene.
        Platform.runLater(this::focusTab);
    }

    private void focusTab() {
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 1 -> devicesView.focus();
            case 2 -> conflictsView.focus();
            default -> exchangeView.focus();
        }
    }

    /** Ctrl+Shift+K: Kirim data. */
    public void send() {
        tabs.getSelectionModel().select(0);
        exchange.send();
    }

    /** Ctrl+Shift+T: Terima data. */
    public void receive() {
        tabs.getSelectionModel().select(0);
        exchange.receiveFiles();
    }

    /** Ctrl+Shift+S: Sinkronkan with the central server (or the line saying where to set one). */
    public void synchronise() {
        tabs.getSelectionModel().select(0);
        server.sync();
    }

    public ExchangeViewModel exchangeModel() {
        return exchange;
    }

    /** The real file choosers, owned by the main window. */
    private final class Choosers implements ExchangeViewModel.Files {
        private final Messages messages;

        Choosers(Messages messages) {
            this.messages = messages;
        }

        private Window owner() {
            return root.getScene() == null ? null : root.getScene().getWindow();
        }

        @Override
        public Optional<Path> folderToWriteTo() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("sync.send.folder.title"));
            return Optional.ofNullable(chooser.showDialog(owner())).map(File::toPath);
        }

        @Override
        public List<Path> packagesToRead() {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("sync.receive.files.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(".sinergi", "*.sinergi"));
            List<File> chosen = chooser.showOpenMultipleDialog(owner());
            return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> folderToRead() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("sync.receive.folder.title"));
            return Optional.ofNullable(chooser.showDialog(owner())).map(File::toPath);
        }
    }
}
