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

    /**
     * The zip's comment: the sender's signature (Base64, always 88 characters) over every byte of the file before
     * it, so that one byte altered anywhere in the file, even where the zip format would not notice, is refused.
     */
    static final int SEAL_LENGTH = 88;
    /** The end-of-central-directory record before the comment: signature 0x06054b50 and 18 more bytes. */
    static final int END_RECORD = 22;

    private SyncPackage() {
    }
}
