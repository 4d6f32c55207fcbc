package id.sinergi.infoharga;

import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.LocalActor;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.app.StartHint;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.ui.Desktop;
import id.sinergi.infoharga.ui.EarlyLogin;
import id.sinergi.infoharga.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** The desktop application: shows its window at once, opens the data folder off the JavaFX thread. */
public final class InfoHargaApp extends Application {
    private static final String DATA_DIR = "data-dir";

    private volatile AppContext context;
    private FxTaskRunner tasks;
    private Desktop desktop;

    /** What the background start-up reads, so that the window needs no database access on the JavaFX thread. */
    private record Opened(AppContext context, Catalog catalog, SettingsService.Language language, boolean accounts) {
    }

    static void launchWith(Path dataFolder) {
        String[] args = dataFolder == null ? new String[0] : new String[] {"--" + DATA_DIR + "=" + dataFolder};
        Application.launch(InfoHargaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Messages.INDONESIAN);
        String explicit = getParameters().getNamed().get(DATA_DIR);
        Path folder = DataFolders.resolve(explicit == null ? null : Path.of(explicit));
        Label state = new Label(messages.get("startup.opening", folder));
        VBox splash = new VBox(16, new ProgressIndicator(), state);
        splash.getStyleClass().add("startup");
        Scene scene = new Scene(splash, 1280, 720);
        scene.getStylesheets().add(InfoHargaApp.class.getResource("/ui/app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(
                InfoHargaApp.class.getResource("/ui/info-harga.png").toExternalForm()));
        stage.setScene(scene);
        // Officers work on 1366×768 laptops: every pixel of the entry grid counts.
        stage.setMaximized(true);
        stage.show();
        ProcessHandle.current().info().startInstant().ifPresent(t -> LoggerFactory.getLogger(InfoHargaApp.class)
                .info("window shown {} ms after process start", Duration.between(t, Instant.now()).toMillis()));

        tasks = new FxTaskRunner();
        // The log-in form comes before the database is open when the last start found accounts: the user types
        // while ten years of prices open, and the check waits for them (issue 16).
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        EarlyLogin early = StartHint.read(folder).filter(StartHint::accounts)
                .map(hint -> EarlyLogin.show(stage, hint.language(), tasks, LocalActor.device(),
                        (name, password, device) -> opening.join().context().accounts().login(name, password, device),
                        session -> desktop.show(opening.join().language(), session)))
                .orElse(null);

        Task<Opened> open = new Task<>() {
            @Override
            protected Opened call() {
                AppContext opened = new AppContext(folder, Clock.systemDefaultZone(), messages);
                context = opened;
                Opened result = new Opened(opened, opened.referenceData().catalog(), opened.settings().language(),
                        !opened.accounts().setupMode());
                new StartHint(result.language(), result.accounts()).write(folder);
                return result;
            }
        };
        open.setOnSucceeded(e -> {
            Opened opened = open.getValue();
            dailyBackup(opened.context());
            desktop = new Desktop(stage, opened.context(), opened.catalog(), tasks, Desktop.fxDialogs(stage),
                    early != null);
            boolean keepEarlyForm = early != null && opened.accounts() && early.language() == opened.language();
            // The context's refusals speak the form's language, as Desktop.show would have set it.
            opened.context().messages().use(opened.language().locale());
            opening.complete(opened);
            if (!keepEarlyForm) {
                desktop.show(opened.language());
            }
        });
        open.setOnFailed(e -> {
            Throwable error = open.getException();
            opening.completeExceptionally(error);
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText(messages.get("app.title"));
            alert.setContentText(ProblemText.describe(error, messages)
                    .orElseGet(() -> messages.get("error.openFailed", folder, String.valueOf(error.getMessage()))));
            alert.showAndWait();
            Platform.exit();
        });
        Thread worker = new Thread(open, "open-database");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * The day's first backup runs beside the officer's work, not before it: on ten years of prices it takes
     * seconds, and the database reads it from a snapshot while saves go on.
     */
    private static void dailyBackup(AppContext opened) {
        Thread backup = new Thread(() -> {
            try {
                opened.backups().automaticIfDue();
            } catch (RuntimeException e) {
                // A failed daily backup must not keep the user from entering prices; the close retries it.
                LoggerFactory.getLogger(InfoHargaApp.class).warn("daily backup failed", e);
            }
        }, "daily-backup");
        backup.setDaemon(true);
        backup.setPriority(Thread.MIN_PRIORITY);
        backup.start();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            try {
                context.backups().onClose();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(InfoHargaApp.class).warn("backup on close failed", e);
            }
            context.close();
        }
    }
}
