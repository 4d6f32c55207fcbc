package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.report.WeeklyReport;

import java.io.IOException;
import java.io.OutputStream;

/** Lays a computed weekly report out in one file format. The stream is left open. */
public interface WeeklyReportWriter {
    /** Writes the parts in order, telling {@code progress} before each one. */
    void write(WeeklyReport report, OutputStream out, WriteProgress progress) throws IOException;

    default void write(WeeklyReport report, OutputStream out) throws IOException {
        write(report, out, WriteProgress.NONE);
    }
}
