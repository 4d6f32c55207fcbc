package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.Words;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the weekly report, told apart by the file name's extension. */
public enum ReportFormat {
    XLSX(".xlsx"), PDF(".pdf"), CSV(".csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public WeeklyReportWriter writer(Words labels) {
        return writer(labels, CsvReportWriter.Style.PLAIN);
    }

    /** The writer of this format; {@code csvStyle} matters only to CSV. */
    public WeeklyReportWriter writer(Words labels, CsvReportWriter.Style csvStyle) {
        return switch (this) {
            case XLSX -> new ExcelReportWriter(labels);
            case PDF -> new PdfReportWriter(labels);
            case CSV -> new CsvReportWriter(labels, csvStyle);
        };
    }
}
