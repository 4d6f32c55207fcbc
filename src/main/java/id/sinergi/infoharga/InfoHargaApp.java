package id.sinergi.infoharga;

import id.sinergi.infoharga.app.DataFolders;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import org.slf4j.LoggerFactory;
import id.sinergi.infoharga.ui.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;

/** The desktop application: shows its window at once, opens the data folder off the JavaFX thread. */
public final class InfoHargaApp extends Application {
    private static final String DATA_DIR = "data-dir";

    private AppContext context;

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
        stage.setScene(scene);
        stage.show();

        Task<AppContext> open = new Task<>() {
            @Override
            protected AppContext call() {
                AppContext opened = new AppContext(folder, Clock.systemDefaultZone(), messages);
                try {
                    opened.backups().automaticIfDue();
                } catch (RuntimeException e) {
                    // A failed daily backup must not keep the user from entering prices; the close retries it.
                    LoggerFactory.getLogger(InfoHargaApp.class).warn("daily backup failed", e);
                }
                return opened;
            }
        };
        open.setOnSucceeded(e -> {
            context = open.getValue();
            scene.setRoot(new MainWindow(context).root());
        });
        open.setOnFailed(e -> {
            Throwable error = open.getException();
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

    @Override
    public void stop() {
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
