package id.sinergi.infoharga.exchange;

/** The user stopped writing or reading a package; nothing of it was kept. */
public final class PackageCancelledException extends RuntimeException {
    public PackageCancelledException() {
        super("cancelled");
    }
}
