package id.sinergi.infoharga.exchange;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the first sheet of an .xlsx price file as a stream of rows (SAX), so a large sheet never sits in memory.
 * Date cells come out as ISO dates and numbers without grouping or exponent, whatever the cell's display format.
 */
final class XlsxPriceReader {
    /** Larger than any price sheet we expect, small enough that the shared strings fit in a 512 MB heap. */
    static final long MAX_FILE_BYTES = 64L << 20;
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** POI's default: an entry that inflates more than 100-fold is a zip bomb, not a spreadsheet. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI keeps these limits process-wide; setting them here makes them hold wherever we open a workbook.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    void read(Path file, Map<PriceColumn, String> overrides, boolean marketRequired, Consumer<RawPriceRow> sink) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PriceFileException("import.file.tooLarge", file.getFileName(), MAX_FILE_BYTES >> 20);
            }
        } catch (IOException e) {
            throw new PriceFileException(e, "import.file.unreadable", file.getFileName(), e.getMessage());
        }
        RowCollector collector = new RowCollector(overrides, marketRequired, sink);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PriceFileException("import.file.empty", file.getFileName());
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SinkFailure e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (PriceFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw new PriceFileException(e, isZipBomb(e) ? "import.file.zipBomb" : "import.file.notXlsx",
                    file.getFileName());
        }
        if (!collector.sawHeader()) {
            throw new PriceFileException("import.file.empty", file.getFileName());
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max entry size")
                    || m.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }

    /** Lets an exception of the row consumer pass through POI's parser untouched. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Map<PriceColumn, String> overrides;
        private final boolean marketRequired;
        private final Consumer<RawPriceRow> sink;
        private final List<String> cells = new ArrayList<>();
        private HeaderLayout layout;

        RowCollector(Map<PriceColumn, String> overrides, boolean marketRequired, Consumer<RawPriceRow> sink) {
            this.overrides = overrides;
            this.marketRequired = marketRequired;
            this.sink = sink;
        }

        boolean sawHeader() {
            return layout != null;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (HeaderLayout.blank(cells)) {
                return;
            }
            if (layout == null) {
                layout = HeaderLayout.of(List.copyOf(cells), overrides, marketRequired);
                return;
            }
            try {
                sink.accept(layout.row(rowNum + 1, cells));
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, formattedValue);
        }
    }

    /** Dates as yyyy-MM-dd and numbers as plain digits, so that both read the same as in a CSV file. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
