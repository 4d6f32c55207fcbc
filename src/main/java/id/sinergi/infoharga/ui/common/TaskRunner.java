package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.app.WorkProgress;

import java.util.function.Consumer;

/**
 * The one seam for work that must not run on the JavaFX thread (anything that may take over ~100 ms: database
 * reads and saves). The desktop uses {@link FxTaskRunner}; tests use {@link CurrentThreadTaskRunner}, so that a
 * view model's command has finished when the call returns and no test has to wait or poll.
 */
public interface TaskRunner {

    /** The work itself; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work can tell the user, and ask; the app layer's services take it as it is. */
    interface Progress extends WorkProgress {
    }

    /** A running piece of work. */
    interface Handle {
        void cancel();
    }

    /** Hears the progress a piece of work reports, on the JavaFX thread (in the synchronous runner, at once). */
    @FunctionalInterface
    interface Listener {
        void progressed(double fraction, String message);
    }

    /**
     * Runs {@code work} off the JavaFX thread; {@code onSuccess} or {@code onFailure} then runs on the JavaFX
     * thread (or, in the synchronous runner, on the caller's). Nothing is called after a cancel.
     */
    default <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return run(work, (fraction, message) -> { }, onSuccess, onFailure);
    }

    /** As the other {@code run}, with the work's progress reported to {@code onProgress}. */
    <T> Handle run(Work<T> work, Listener onProgress, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
