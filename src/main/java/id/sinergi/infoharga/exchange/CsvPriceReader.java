package id.sinergi.infoharga.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a CSV price file as it comes out of spreadsheets here: comma or semicolon separated, UTF-8 with or
 * without a byte-order mark, or windows-1252 (what Excel on an Indonesian Windows writes). Streams the rows.
 */
final class CsvPriceReader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    record Encoding(Charset charset, boolean bom) {
    }

    void read(Path file, Map<PriceColumn, String> overrides, boolean marketRequired, Consumer<RawPriceRow> sink) {
        Encoding encoding = detect(file);
        char delimiter = delimiter(file, encoding);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = open(file, encoding); CSVParser parser = CSVParser.parse(reader, format)) {
            HeaderLayout layout = null;
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                // A quoted cell may span lines: a record starts on the line after the one where the previous ended.
                int line = (int) Math.min(Integer.MAX_VALUE, linesBefore + 1);
                linesBefore = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (HeaderLayout.blank(cells)) {
                    continue;
                }
                if (layout == null) {
                    layout = HeaderLayout.of(cells, overrides, marketRequired);
                } else {
                    sink.accept(layout.row(line, cells, fieldCount(cells.size(), layout.width())));
                }
            }
            if (layout == null) {
                throw new PriceFileException("import.file.empty", file.getFileName());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new PriceFileException(e, "import.file.csvBroken", file.getFileName(), e.getMessage());
        }
    }

    /**
     * A row with more fields than the header has lost a comma-split value (an unquoted "12,5kg" becomes two
     * fields); one with fewer has lost fields. Either way its values cannot be trusted.
     */
    private static RowDefect fieldCount(int fields, int headerFields) {
        if (fields > headerFields) {
            return RowDefect.of("import.row.tooManyFields", fields, headerFields);
        }
        if (fields < headerFields) {
            return RowDefect.of("import.row.tooFewFields", fields, headerFields);
        }
        return null;
    }

    private static Reader open(Path file, Encoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (encoding.bom()) {
            in.skipNBytes(BOM.length);
        }
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
    }

    /** UTF-8 when the file has a BOM or decodes cleanly as UTF-8 from end to end, else windows-1252. */
    static Encoding detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n = in.readNBytes(buffer, 0, buffer.length);
            boolean bom = n >= 3 && buffer[0] == BOM[0] && buffer[1] == BOM[1] && buffer[2] == BOM[2];
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
            CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
            boolean utf8 = true;
            while (n > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        throw new PriceFileException("import.file.binary", file.getFileName());
                    }
                }
                if (utf8) {
                    bytes.put(buffer, 0, n).flip();
                    CoderResult result = decoder.decode(bytes, chars, false);
                    chars.clear();
                    bytes.compact();
                    utf8 = !result.isError();
                }
                n = in.readNBytes(buffer, 0, buffer.length);
            }
            if (utf8) {
                bytes.flip();
                utf8 = !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
            }
            return utf8 ? new Encoding(StandardCharsets.UTF_8, bom) : new Encoding(WINDOWS_1252, false);
        } catch (IOException e) {
            throw new PriceFileException(e, "import.file.unreadable", file.getFileName(), e.getMessage());
        }
    }

    /** Semicolon when the header line has more semicolons than commas (Excel with Indonesian settings). */
    private static char delimiter(Path file, Encoding encoding) {
        try (BufferedReader reader = new BufferedReader(open(file, encoding))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    return count(line, ';') > count(line, ',') ? ';' : ',';
                }
            }
            return ',';
        } catch (IOException e) {
            throw new PriceFileException(e, "import.file.unreadable", file.getFileName(), e.getMessage());
        }
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
