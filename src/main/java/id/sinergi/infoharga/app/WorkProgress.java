package id.sinergi.infoharga.app;

/**
 * What a long piece of work in the app layer tells whoever waits for it, and how it learns that the user no longer
 * wants it. The desktop's task runner implements it; the command line passes {@link #NONE}.
 */
public interface WorkProgress {
    WorkProgress NONE = new WorkProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction 0..1, or a negative value when the amount of work is not known */
    void update(double fraction, String message);

    boolean cancelled();

    /** Stops the work here, by {@link WorkCancelledException}, when it was cancelled. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new WorkCancelledException();
        }
    }
}
