package id.sinergi.infoharga.ui.common;

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

    /** What running work can tell the user, and ask. */
    interface Progress {
        /** @param fraction 0..1, or a negative value when the amount of work is not known */
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** A running piece of work. */
    interface Handle {
        void cancel();
    }

    /**
     * Runs {@code work} off the JavaFX thread; {@code onSuccess} or {@code onFailure} then runs on the JavaFX
     * thread (or, in the synchronous runner, on the caller's). Nothing is called after a cancel.
     */
    <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
