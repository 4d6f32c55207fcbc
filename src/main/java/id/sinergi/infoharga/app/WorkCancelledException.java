package id.sinergi.infoharga.app;

/** The user cancelled the work; whatever it had begun to write has been removed. */
public final class WorkCancelledException extends RuntimeException {
    public WorkCancelledException() {
        super("cancelled", null, false, false);
    }
}
