package id.sinergi.infoharga.exchange;

/** The names inside a {@code .sinergi} exchange package (a zip), and the limits a reader holds it to. */
public final class SyncPackage {
    public static final String EXTENSION = ".sinergi";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String CHANGES = "changes.jsonl";
    static final int MAX_MANIFEST = 4 << 20;
    /** An Ed25519 signature is 64 bytes. */
    static final int SIGNATURE_LENGTH = 64;
    /** No real package comes near this (a year of twenty markets is ~40 MB of lines); a zip bomb does. */
    static final long MAX_CHANGES_BYTES = 8L << 30;

    private SyncPackage() {
    }
}
