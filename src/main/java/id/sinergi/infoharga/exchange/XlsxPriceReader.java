package id.sinergi.infoharga.exchange;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the first visible sheet of an .xlsx price file as a stream of rows (SAX), so a large sheet never sits in
 * memory. Date cells come out as ISO dates (in the workbook's 1900 or 1904 date system) and numbers without grouping
 * or exponent, whatever the cell's display format. A formula cell without a stored result, or text right of the
 * header's last column, marks its row as defective instead of reading as an empty cell.
 */
final class XlsxPriceReader {
    /** Larger than any price sheet we expect, small enough that the shared strings fit in a 512 MB heap. */
    static final long MAX_FILE_BYTES = 64L << 20;
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** POI's default: an entry that inflates more than 100-fold is a zip bomb, not a spreadsheet. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * POI keeps every distinct text of a workbook in memory. A price sheet has a few thousand (names, units, dates
     * typed as text); a million, or 32 million characters, would crowd a 512 MB heap: such a file is refused.
     */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_CHARS = 32_000_000;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        // POI keeps these limits process-wide; setting them here makes them hold wherever we open a workbook.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final int maxSharedStrings;
    private final long maxSharedChars;
    private String sheetName;
    private int sheetCount;

    XlsxPriceReader() {
        this(MAX_SHARED_STRINGS, MAX_SHARED_CHARS);
    }

    /** With other limits on the shared strings (tests). */
    XlsxPriceReader(int maxSharedStrings, long maxSharedChars) {
        this.maxSharedStrings = maxSharedStrings;
        this.maxSharedChars = maxSharedChars;
    }

    /** The name of the sheet that was read. */
    String sheetName() {
        return sheetName;
    }

    /** How many sheets the workbook has, hidden ones included. */
    int sheetCount() {
        return sheetCount;
    }

    void read(Path file, Map<PriceColumn, String> overrides, boolean marketRequired, Consumer<RawPriceRow> sink) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PriceFileException("import.file.tooLarge", file.getFileName(), MAX_FILE_BYTES >> 20);
            }
        } catch (IOException e) {
            throw new PriceFileException(e, "import.file.unreadable", file.getFileName(), e.getMessage());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Workbook workbook = Workbook.read(reader);
            sheetCount = workbook.sheets().size();
            Sheet sheet = workbook.sheets().stream().filter(Sheet::visible).findFirst()
                    .orElseThrow(() -> new PriceFileException("import.file.noVisibleSheet", file.getFileName()));
            sheetName = sheet.name();
            ReadOnlySharedStringsTable strings = sharedStrings(pkg, file);
            RowCollector collector = new RowCollector(overrides, marketRequired, sink);
            try (InputStream data = reader.getSheet(sheet.relationId())) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new FormulaWatch(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        strings, collector, new PlainFormatter(workbook.date1904()), false), collector));
                parser.parse(new InputSource(data));
            }
            if (!collector.sawHeader()) {
                throw new PriceFileException("import.file.empty", file.getFileName());
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
    }

    /** The workbook's distinct texts, after making sure there are not so many that they would fill the heap. */
    private ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, Path file)
            throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        StringCounter counter = new StringCounter(maxSharedStrings, maxSharedChars);
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(counter);
            parser.parse(new InputSource(in));
        } catch (TooManyStrings e) {
            throw new PriceFileException("import.file.tooManyStrings", file.getFileName(), maxSharedStrings,
                    maxSharedChars / 1_000_000);
        }
        return new ReadOnlySharedStringsTable(parts.get(0));
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

    private static final class TooManyStrings extends SAXException {
        TooManyStrings() {
            super("too many shared strings");
        }
    }

    /** Counts the shared strings and their characters, stopping as soon as either is over its limit. */
    private static final class StringCounter extends DefaultHandler {
        private final int maxStrings;
        private final long maxChars;
        private int strings;
        private long chars;

        StringCounter(int maxStrings, long maxChars) {
            this.maxStrings = maxStrings;
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("si".equals(localName) && ++strings > maxStrings) {
                throw new TooManyStrings();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > maxChars) {
                throw new TooManyStrings();
            }
        }
    }

    record Sheet(String name, String relationId, boolean visible) {
    }

    /** What the workbook part says about its sheets (in order, with their visibility) and its date system. */
    record Workbook(boolean date1904, List<Sheet> sheets) {
        static Workbook read(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
                ParserConfigurationException {
            List<Sheet> sheets = new ArrayList<>();
            boolean[] date1904 = {false};
            try (InputStream in = reader.getWorkbookData()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes a) {
                        if ("workbookPr".equals(localName)) {
                            String v = a.getValue("date1904");
                            date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                        } else if ("sheet".equals(localName)) {
                            String state = a.getValue("state");
                            String id = a.getValue(RELATIONSHIPS, "id");
                            for (int i = 0; id == null && i < a.getLength(); i++) {
                                // Strict OOXML names the relationship namespace differently.
                                if ("id".equals(a.getLocalName(i)) && !a.getURI(i).isEmpty()) {
                                    id = a.getValue(i);
                                }
                            }
                            sheets.add(new Sheet(a.getValue("name"), id,
                                    state == null || "visible".equals(state)));
                        }
                    }
                });
                parser.parse(new InputSource(in));
            }
            return new Workbook(date1904[0], sheets);
        }
    }

    /**
     * Passes the sheet's XML on to POI's handler and notes the cells that hold a formula but no stored result: POI
     * reports nothing for them, which would make a price computed by a formula read as a missing report.
     */
    private static final class FormulaWatch extends DefaultHandler {
        private final ContentHandler target;
        private final RowCollector collector;
        private String cell;
        private boolean formula;
        private boolean value;

        FormulaWatch(ContentHandler target, RowCollector collector) {
            this.target = target;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "c" -> {
                    cell = atts.getValue("r");
                    formula = false;
                    value = false;
                }
                case "f" -> formula = true;
                case "v", "is" -> value = true;
                default -> { }
            }
            target.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("c".equals(localName) && formula && !value) {
                collector.formulaWithoutValue(cell);
            }
            target.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            target.characters(ch, start, length);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Map<PriceColumn, String> overrides;
        private final boolean marketRequired;
        private final Consumer<RawPriceRow> sink;
        private final List<String> cells = new ArrayList<>();
        private final TreeSet<Integer> formulasWithoutValue = new TreeSet<>();
        private HeaderLayout layout;

        RowCollector(Map<PriceColumn, String> overrides, boolean marketRequired, Consumer<RawPriceRow> sink) {
            this.overrides = overrides;
            this.marketRequired = marketRequired;
            this.sink = sink;
        }

        boolean sawHeader() {
            return layout != null;
        }

        void formulaWithoutValue(String cellReference) {
            if (cellReference != null) {
                formulasWithoutValue.add((int) new CellReference(cellReference).getCol());
            }
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formulasWithoutValue.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (HeaderLayout.blank(cells) && formulasWithoutValue.isEmpty()) {
                return;
            }
            if (layout == null) {
                layout = HeaderLayout.of(List.copyOf(cells), overrides, marketRequired);
                return;
            }
            try {
                sink.accept(layout.row(rowNum + 1, cells, defect()));
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        private RowDefect defect() {
            for (int col : formulasWithoutValue) {
                if (layout.uses(col)) {
                    return RowDefect.of("import.row.formulaWithoutValue", CellReference.convertNumToColString(col));
                }
            }
            for (int col = layout.width(); col < cells.size(); col++) {
                if (cells.get(col) != null && !cells.get(col).isBlank()) {
                    return RowDefect.of("import.row.cellOutsideHeader", CellReference.convertNumToColString(col));
                }
            }
            return null;
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

    /**
     * Dates as yyyy-MM-dd and numbers as plain digits, so that both read the same as in a CSV file. POI's sheet
     * handler does not pass the workbook's date system on, so it is given here.
     */
    private static final class PlainFormatter extends DataFormatter {
        private final boolean date1904;

        PlainFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904 || use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
