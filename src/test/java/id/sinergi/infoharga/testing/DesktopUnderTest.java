package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.ui.Desktop;
import id.sinergi.infoharga.ui.common.FxTaskRunner;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The real desktop in a TestFX stage, as the application starts it: the data folder's context (prepared first by
 * the test: accounts, prices), the background task runner, and the log-in form (or the first administrator's).
 */
public final class DesktopUnderTest implements AutoCloseable {
    private final AppContext context;
    private final FxTaskRunner tasks;

    private DesktopUnderTest(AppContext context, FxTaskRunner tasks) {
        this.context = context;
        this.tasks = tasks;
    }

    public static DesktopUnderTest show(Stage stage, Path folder, Clock clock, Consumer<AppContext> prepare) {
        AppContext context = new AppContext(folder, clock, new Messages(Messages.INDONESIAN));
        prepare.accept(context);
        FxTaskRunner tasks = new FxTaskRunner();
        new Desktop(stage, context, context.referenceData().catalog(), tasks, Desktop.fxDialogs(stage))
                .show(SettingsService.Language.INDONESIAN);
        stage.show();
        return new DesktopUnderTest(context, tasks);
    }

    /** As {@link #show}, in a window of the headless screen's size, so that the robot's clicks land in it. */
    public static DesktopUnderTest showFull(Stage stage, Path folder, Clock clock, Consumer<AppContext> prepare) {
        // Monocle's headless screen is 1280×800; a window given its size gets a place on it.
        stage.setWidth(1280);
        stage.setHeight(760);
        return show(stage, folder, clock, prepare);
    }

    public AppContext context() {
        return context;
    }

    @Override
    public void close() {
        tasks.close();
        context.close();
    }
}
