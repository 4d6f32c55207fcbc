package id.sinergi.infoharga.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a price export as .csv (UTF-8 with BOM, so Excel shows the names right) or .xlsx (streamed), with the
 * columns date, market, commodity, unit, price. Text cells never start a formula. Written to a stream (the app's
 * {@code OutputTarget} puts it in place whole), or to a path for which the file appears only when complete: it is
 * written beside the target and moved into place at {@link #close()}.
 */
public abstract sealed class PriceFileWriter implements AutoCloseable {
    public static final List<String> HEADER = List.of("date", "market", "commodity", "unit", "price");
    /** The last row number a sheet can hold (Excel's limit), less the header. */
    public static final int XLSX_MAX_ROWS = 1_048_575;

    /** What messages name: the target file. */
    protected final Path target;
    /** Where the content goes: a partial file of {@link #target}, or null when written to a caller's stream. */
    protected final Path partial;
    protected final OutputStream out;
    private boolean complete;

    private PriceFileWriter(Path target, Path partial, OutputStream out) {
        this.target = target;
        this.partial = partial;
        this.out = out;
    }

    /** Writes to {@code target}, which appears only once the export is complete. */
    public static PriceFileWriter open(Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            return open(target, partial, Files.newOutputStream(partial));
        } catch (IOException e) {
            throw new PriceFileException(e, "export.file.unwritable", target, e.getMessage());
        }
    }

    /** Writes to {@code out} in the format that {@code target}'s name says; the caller closes {@code out}. */
    public static PriceFileWriter open(Path target, OutputStream out) {
        return open(target, null, new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    /** Whether {@code target}'s name is one this writer can write (.csv, .xlsx). */
    public static boolean supports(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    private static PriceFileWriter open(Path target, Path partial, OutputStream out) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return new Xlsx(target, partial, out);
            }
            if (name.endsWith(".csv")) {
                return new Csv(target, partial, out);
            }
        } catch (IOException e) {
            throw new PriceFileException(e, "export.file.unwritable", target, e.getMessage());
        }
        throw new PriceFileException("export.file.unsupported", target.getFileName());
    }

    public abstract void write(ExportRow row);

    /** Marks the export complete; without it {@link #close()} removes the partial file. */
    public void finish() {
        complete = true;
    }

    /** Whether {@link #finish()} was called. */
    protected boolean complete() {
        return complete;
    }

    protected abstract void closeOutput() throws IOException;

    @Override
    public void close() {
        try {
            closeOutput();
            if (complete && partial != null) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PriceFileException(e, "export.file.unwritable", target, e.getMessage());
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless and says what it is.
                }
            }
        }
    }

    static final class Csv extends PriceFileWriter {
        private final BufferedWriter writer;
        private final CSVPrinter printer;

        Csv(Path target, Path partial, OutputStream out) throws IOException {
            super(target, partial, out);
            writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(HEADER);
        }

        @Override
        public void write(ExportRow row) {
            try {
                printer.printRecord(row.date().toString(), FormulaGuard.neutralise(row.marketCode()),
                        FormulaGuard.neutralise(row.commodityCode()), FormulaGuard.neutralise(row.unit()),
                        Long.toString(row.priceRp()));
            } catch (IOException e) {
                throw new PriceFileException(e, "export.file.unwritable", target, e.getMessage());
            }
        }

        @Override
        protected void closeOutput() throws IOException {
            printer.close(true);
        }
    }

    static final class Xlsx extends PriceFileWriter {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final CellStyle priceStyle;
        private int rowIndex;

        Xlsx(Path target, Path partial, OutputStream out) throws IOException {
            super(target, partial, out);
            sheet = workbook.createSheet("harga");
            priceStyle = workbook.createCellStyle();
            priceStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(rowIndex++);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
        }

        @Override
        public void write(ExportRow row) {
            if (rowIndex > XLSX_MAX_ROWS) {
                throw new PriceFileException("export.file.tooManyRows", XLSX_MAX_ROWS);
            }
            Row r = sheet.createRow(rowIndex++);
            // The date stays text: a date cell would show in the reader's locale and read back differently.
            r.createCell(0).setCellValue(row.date().toString());
            r.createCell(1).setCellValue(FormulaGuard.neutralise(row.marketCode()));
            r.createCell(2).setCellValue(FormulaGuard.neutralise(row.commodityCode()));
            r.createCell(3).setCellValue(FormulaGuard.neutralise(row.unit()));
            var price = r.createCell(4);
            price.setCellValue(row.priceRp());
            price.setCellStyle(priceStyle);
        }

        @Override
        protected void closeOutput() throws IOException {
            try (out) {
                if (complete()) {
                    workbook.write(out);
                }
            } finally {
                workbook.close();
            }
        }
    }
}
