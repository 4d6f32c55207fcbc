package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.report.WeeklyReport;

import java.io.IOException;
import java.io.OutputStream;

/** Lays a computed weekly report out in one file format. The stream is left open. */
public interface WeeklyReportWriter {
    void write(WeeklyReport report, OutputStream out) throws IOException;
}
