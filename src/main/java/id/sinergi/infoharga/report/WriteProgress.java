package id.sinergi.infoharga.report;

/**
 * Told before each part of a report is laid out, so that a long write can show how far it has come and be stopped
 * between parts (by an unchecked exception thrown from here).
 */
@FunctionalInterface
public interface WriteProgress {
    WriteProgress NONE = (done, total) -> {
    };

    /** @param done parts already laid out, of {@code total} */
    void part(int done, int total);
}
