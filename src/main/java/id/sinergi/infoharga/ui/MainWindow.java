package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import id.sinergi.infoharga.ui.sync.ServerSide;
import id.sinergi.infoharga.ui.sync.ServerSyncPort;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shell: a sidebar of screens, the screen in front, and a status bar. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private ShellServices services;
    private final Map<Screens.Item, Screen> built = new HashMap<>();
    private final Map<Screens.Item, ToggleButton> buttons = new HashMap<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<KeyCombination, Screens.Item> shortcuts = new java.util.LinkedHashMap<>();
    private static final List<KeyCode> SHORTCUT_DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
            KeyCode.DIGIT0);
    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination RECEIVE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SYNCHRONISE = new KeyCodeCombination(KeyCode.S,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private final Label lastSave = new Label();
    private final Label today = new Label();
    private final Label lastSync = new Label();
    private Screens.Item currentItem;

    /** What the buttons at the foot of the sidebar do; the desktop around the shell decides. */
    public record Actions(Runnable openSettings, Runnable changePassword, Runnable logOut, Runnable openGuide,
                          Runnable openAbout) {
    }

    public MainWindow(AppContext context, Catalog catalog, Messages messages, TaskRunner tasks,
                      DialogService dialogs, Session session, Actions actions) {
        Formats formats = new Formats(messages.locale(), ZoneId.systemDefault());
        this.services = new ShellServices(context, catalog, messages, formats, tasks, dialogs, session,
                this::refreshStatus, this::reloadCatalog);

        VBox sidebar = new VBox();
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        Label brand = new Label(messages.get("app.title"));
        brand.getStyleClass().add(Styles.TITLE);
        brand.setWrapText(true);
        sidebar.getChildren().add(brand);
        // An officer sees only the screens that are for them (issue 17); the others keep every screen.
        Role role = context.accounts().account(session.username()).map(a -> a.role()).orElse(Role.ANALYST);
        List<Screens.Item> items = Screens.sidebar(role);
        for (int i = 0; i < items.size(); i++) {
            Screens.Item item = items.get(i);
            ToggleButton button = new ToggleButton(messages.get(item.titleKey()));
            if (i < SHORTCUT_DIGITS.size()) {
                shortcuts.put(new KeyCodeCombination(SHORTCUT_DIGITS.get(i), KeyCombination.SHORTCUT_DOWN), item);
            }
            button.setId("nav-" + item.titleKey().substring("nav.".length()));
            button.getStyleClass().add(Styles.NAV_ITEM);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false);
            button.setToggleGroup(nav);
            button.setOnAction(e -> open(item));
            buttons.put(item, button);
            sidebar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        // Told once under the list rather than in tooltips: a tooltip over every button pops up at each pass.
        Label keys = new Label(messages.get("nav.shortcuts"));
        keys.getStyleClass().add(Styles.MUTED);
        keys.setWrapText(true);
        Label user = new Label(messages.get("login.shell.user", session.username()));
        user.setId("shell-user");
        user.getStyleClass().add(Styles.MUTED);
        user.setWrapText(true);
        Button help = footButton("nav-help", messages.get("help.menu"), () -> { });
        ContextMenu helpMenu = new ContextMenu(
                menuItem("help-guide-item", messages.get("help.guide.item"), actions.openGuide()),
                menuItem("help-about-item", messages.get("help.about.item"), actions.openAbout()));
        help.setOnAction(e -> helpMenu.show(help, javafx.geometry.Side.RIGHT, 0, 0));
        help.setMnemonicParsing(true);
        sidebar.getChildren().addAll(keys, spacer, user, help,
                footButton("nav-settings", messages.get("nav.settings"), actions.openSettings()),
                footButton("nav-password", messages.get("login.shell.changePassword"), actions.changePassword()),
                footButton("nav-logout", messages.get("login.shell.logOut"), actions.logOut()));
        root.setLeft(sidebar);

        Label folder = new Label(messages.get("status.folder", context.dataFolder()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(24, folder, gap, today, lastSave, lastSync);
        status.getStyleClass().add(Styles.STATUS_BAR);
        lastSave.setId("status-last-save");
        lastSync.setId("status-last-sync");
        lastSync.setVisible(false);
        lastSync.setManaged(false);
        today.setId("status-today");
        root.setBottom(status);

        root.setTop(demoBanner(messages, session, dialogs));

        // The sidebar takes no focus (the officer's cursor stays in the grid): Ctrl+1 … Ctrl+0 open its screens.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                actions.openGuide().run();
            } else if (SETTINGS.match(e)) {
                e.consume();
                actions.openSettings().run();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> shortcuts.entrySet().stream()
                .filter(s -> s.getKey().match(e)).findFirst().ifPresent(s -> {
                    e.consume();
                    open(s.getValue());
                }));
        // Kirim data, Terima data (issue 13) and Sinkronkan (issue 14) from any screen.
        Screens.Item sync = items.stream().filter(i -> i.titleKey().equals(Screens.SYNC)).findFirst().orElseThrow();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean send = SEND.match(e);
            boolean synchronise = SYNCHRONISE.match(e);
            if (send || synchronise || RECEIVE.match(e)) {
                e.consume();
                open(sync);
                if (sync.equals(currentItem) && built.get(sync) instanceof id.sinergi.infoharga.ui.sync.SyncView view) {
                    if (send) {
                        view.send();
                    } else if (synchronise) {
                        view.synchronise();
                    } else {
                        view.receive();
                    }
                }
            }
        });
        open(items.get(0));
        refreshStatus();
    }

    private static MenuItem menuItem(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The band that says, above every screen, that the folder holds demo data; an administrator removes it there in
     * one step (asked first). Hidden while the folder holds none.
     */
    private Node demoBanner(Messages messages, Session session, DialogService dialogs) {
        Label text = new Label(messages.get("setup.demo.banner"));
        text.setWrapText(true);
        Button remove = new Button(messages.get("setup.demo.remove"));
        remove.setId("demo-remove");
        remove.setFocusTraversable(false);
        HBox banner = new HBox(text, remove);
        banner.setId("demo-banner");
        banner.getStyleClass().add(Styles.DEMO_BANNER);
        banner.setVisible(false);
        banner.setManaged(false);
        var context = services.context();
        remove.setOnAction(e -> {
            int answer = dialogs.choose(messages.get("setup.demo.remove"), messages.get("setup.demo.removeQuestion"),
                    List.of(messages.get("setup.demo.removeYes"), messages.get("setup.demo.removeNo")));
            if (answer != 0) {
                return;
            }
            remove.setDisable(true);
            text.setText(messages.get("setup.demo.removing"));
            services.tasks().run(p -> context.demo().remove(session.actor()), removal -> {
                banner.setVisible(false);
                banner.setManaged(false);
                // Every screen was built over the demo rows: each is built again when next opened.
                Screens.Item front = currentItem;
                built.clear();
                currentItem = null;
                open(front);
                refreshStatus();
                dialogs.choose(messages.get("setup.demo.remove"), messages.get("setup.demo.removed",
                        removal.prices(), removal.stockMovements()), List.of(messages.get("login.ok")));
            }, error -> {
                remove.setDisable(false);
                text.setText(messages.get("setup.demo.banner"));
                dialogs.showError(messages.get("setup.demo.remove"), error instanceof UserInputException
                        ? error.getMessage() : messages.get("setup.demo.removeFailed",
                        ProblemText.forUser(error, messages)));
            });
        });
        services.tasks().run(p -> new boolean[] {context.demo().present(),
                context.accounts().account(session.username()).map(a -> a.role() == Role.ADMIN).orElse(false)},
                state -> {
                    banner.setVisible(state[0]);
                    banner.setManaged(state[0]);
                    remove.setVisible(state[1]);
                    remove.setManaged(state[1]);
                }, error -> { });
        return banner;
    }

    private static Button footButton(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.NAV_ITEM);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    public Parent root() {
        return root;
    }

    /** The master data the screens are built from now (the latest read). */
    public Catalog catalog() {
        return services.catalog();
    }

    /**
     * Master data changed (Data Master): reads the catalog again and forgets every built screen but the one in
     * front, so that the others are built from the new catalog when next opened.
     */
    void reloadCatalog() {
        services.tasks().run(p -> services.context().referenceData().catalog(), fresh -> {
            services = services.withCatalog(fresh);
            built.keySet().removeIf(item -> !item.equals(currentItem));
        }, error -> services.dialogs().showError(services.messages().get("shell.catalogReload.title"),
                services.messages().get("shell.catalogReload.failed",
                        ProblemText.forUser(error, services.messages()))));
    }

    /** Asks the screen in front whether it may be left (unsaved changes), then runs one of the two. */
    public void leave(Runnable proceed, Runnable refused) {
        Screen screen = currentItem == null ? null : built.get(currentItem);
        if (screen == null) {
            proceed.run();
        } else {
            screen.leave(proceed, refused);
        }
    }

    private void open(Screens.Item item) {
        if (item.equals(currentItem)) {
            buttons.get(item).setSelected(true);
            return;
        }
        Runnable show = () -> {
            currentItem = item;
            Screen screen = built.computeIfAbsent(item, i -> i.factory().apply(services));
            buttons.get(item).setSelected(true);
            root.setCenter(screen.view());
            screen.shown();
        };
        if (currentItem == null) {
            show.run();
        } else {
            leave(show, () -> buttons.get(currentItem).setSelected(true));
        }
    }

    /** Pengaturan were saved (e.g. another central server): the status bar reads them again. */
    public void settingsChanged() {
        refreshStatus();
    }

    private void refreshStatus() {
        EntryService entries = services.context().entries();
        Messages messages = services.messages();
        Formats formats = services.formats();
        java.time.Clock clock = services.context().clock();
        java.time.LocalDate day = java.time.LocalDate.now(clock);
        services.tasks().run(p -> entries.daySummary(day),
                summary -> {
                    today.setText(messages.get("status.today", summary.entries(), summary.markets()));
                    // The time alone when it was today; with the date otherwise, or "15:37" would mislead.
                    lastSave.setText(summary.lastSavedAt()
                            .map(at -> messages.get("status.lastSave",
                                    at.atZone(clock.getZone()).toLocalDate().equals(day) ? formats.time(at)
                                            : formats.date(at.atZone(clock.getZone()).toLocalDate()) + " "
                                            + formats.time(at)))
                            .orElse(messages.get("status.neverSaved")));
                }, error -> today.setText(""));
        ServerSyncPort port = ServerSide.sync(services.context());
        services.tasks().run(
                p -> port.configured() ? Optional.of(port.lastSync()) : Optional.<Optional<Instant>>empty(),
                shown -> {
                    // Only where a central server is set: an office that exchanges files alone is not nagged.
                    lastSync.setVisible(shown.isPresent());
                    lastSync.setManaged(shown.isPresent());
                    lastSync.setText(shown.flatMap(at -> at).map(at -> messages.get("status.lastSync",
                            formats.dateTime(at))).orElse(messages.get("status.neverSynced")));
                }, error -> lastSync.setText(""));
    }
}
