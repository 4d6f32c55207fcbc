package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService.Language;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.FxDialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The desktop around the shell: puts it into the window in the chosen language, guards closing the window, and
 * rebuilds everything when the language changes.
 */
public final class Desktop {
    private final Stage stage;
    private final AppContext context;
    private final Catalog catalog;
    private final TaskRunner tasks;
    private final Function<Messages, DialogService> dialogsFor;
    private Messages messages;
    private Language language;
    private MainWindow window;

    public Desktop(Stage stage, AppContext context, Catalog catalog, TaskRunner tasks,
                   Function<Messages, DialogService> dialogsFor) {
        this.stage = stage;
        this.context = context;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogsFor = dialogsFor;
    }

    /** The real dialogs, owned by {@code stage}. */
    public static Function<Messages, DialogService> fxDialogs(Stage stage) {
        return m -> new FxDialogService(() -> stage, m);
    }

    public void show(Language chosen) {
        this.language = chosen;
        this.messages = new Messages(chosen.locale());
        // The date picker's calendar names months and days in the default format locale.
        Locale.setDefault(Locale.Category.FORMAT, chosen.locale());
        DialogService dialogs = dialogsFor.apply(messages);
        window = new MainWindow(context, catalog, messages, tasks, dialogs, () -> openSettings(dialogs));
        Scene scene = stage.getScene();
        if (scene == null) {
            // Never larger than the screen: on a 1366×768 laptop the taskbar takes part of it.
            var bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
            scene = new Scene(window.root(), Math.min(1280, bounds.getWidth()), Math.min(720, bounds.getHeight()));
            scene.getStylesheets().add(Desktop.class.getResource("/ui/app.css").toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(window.root());
        }
        stage.setTitle(messages.get("app.title"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.leave(stage::close, () -> { });
        });
    }

    public MainWindow window() {
        return window;
    }

    private void openSettings(DialogService dialogs) {
        List<Language> languages = List.of(Language.values());
        List<String> names = languages.stream().map(l -> messages.get("settings.language." + l.tag())).toList();
        dialogs.pick(messages.get("settings.title"), messages.get("settings.language"), names,
                        languages.indexOf(language))
                .map(languages::get)
                .filter(l -> l != language)
                .ifPresent(l -> window.leave(() -> tasks.run(p -> {
                    context.settings().setLanguage(context.actor(), l);
                    return l;
                }, this::show, error -> dialogs.showError(messages.get("settings.title"),
                        messages.get("settings.saveFailed", String.valueOf(error.getMessage())))), () -> { }));
    }
}
