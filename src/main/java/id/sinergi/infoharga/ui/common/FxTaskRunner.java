package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on one background thread, in order (the database serialises writes anyway, and an officer's save must
 * not overtake the read that preceded it), and shows how much is running for the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ui-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> Handle run(Work<T> work, Listener onProgress, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(double fraction, String text) {
                        updateProgress(fraction, 1);
                        updateMessage(text);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        // Task coalesces its updates into one pulse, so a fast worker never floods the JavaFX thread.
        Runnable tell = () -> {
            if (!task.isCancelled()) {
                onProgress.progressed(task.getProgress(), task.getMessage());
            }
        };
        task.progressProperty().addListener((o, a, b) -> tell.run());
        task.messageProperty().addListener((o, a, b) -> tell.run());
        running.set(running.get() + 1);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            log(task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        executor.execute(task);
        // No interrupt: an interrupted thread closes H2's file channel under the database. The work stops at its
        // next look at Progress.cancelled() instead.
        return () -> task.cancel(false);
    }

    /**
     * Every failure goes to the log with its stack trace: a refusal the user is told about (bad input, a cancel) as
     * information, anything else as an error. What the user reads comes from {@code ProblemText.forUser}.
     */
    static void log(Throwable error) {
        if (error instanceof UserInputException || error instanceof WorkCancelledException) {
            LOG.info("background work refused: {}", error.getMessage(), error);
        } else {
            LOG.error("background work failed", error);
        }
    }

    private void finished(Task<?> task) {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
        }
    }

    /** How many pieces of work are queued or running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        // A save that is running must finish: it is a user's acknowledged work in the making.
        executor.shutdown();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
