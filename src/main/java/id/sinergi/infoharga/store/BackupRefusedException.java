package id.sinergi.infoharga.store;

/**
 * A file handed to restore is not a backup that may be restored: the reason says which check it failed, and nothing
 * of it was written anywhere.
 */
public final class BackupRefusedException extends StoreException {
    /** Which check failed; the app layer turns it into the user's words. */
    public enum Reason {
        /** Not a zip, or a zip without a manifest. */
        NOT_A_BACKUP,
        /** A backup of the earlier format: an H2 SQL script, which is never run. */
        OLD_SQL_FORMAT,
        /** A backup of a later version of the application (format or schema). */
        NEWER_VERSION,
        /** The signature does not match the manifest: the manifest was changed after it was signed. */
        SIGNATURE,
        /** A table's file does not have the rows, or the hash, that the manifest says: it was changed. */
        CONTENT,
        /** A value is not of its column's type, or a row breaks a rule of the schema. */
        VALUE,
        /** The tables or columns are not those of the schema version the manifest names. */
        SCHEMA
    }

    private final Reason reason;
    private final String detail;

    public BackupRefusedException(Reason reason, String detail, Throwable cause) {
        super("not a restorable backup (" + reason + "): " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
