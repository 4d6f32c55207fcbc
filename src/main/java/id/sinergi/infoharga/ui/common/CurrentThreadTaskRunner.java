package id.sinergi.infoharga.ui.common;

import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread: for tests, where a bare {@code javafx.concurrent.Task} would need a
 * running toolkit and a wait for its completion.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Handle run(Work<T> work, Listener onProgress, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    onProgress.progressed(fraction, message);
                }

                @Override
                public boolean cancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> cancelled[0] = true;
        }
        onSuccess.accept(result);
        return () -> cancelled[0] = true;
    }
}
