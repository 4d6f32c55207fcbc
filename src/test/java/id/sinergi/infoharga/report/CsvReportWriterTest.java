package id.sinergi.infoharga.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportWriterTest {
    @Test
    void commodityTableAsPlainUtf8Numbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter(SampleReport.LABELS).write(SampleReport.build(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 'k'); // no byte-order mark
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).values()).containsExactly("kode", "komoditas", "satuan", "harga_acuan",
                "rata_minggu_lalu", "rata_minggu_ini", "perubahan_rp", "perubahan_persen", "level", "kv_persen",
                "pasar_termurah", "harga_termurah", "pasar_termahal", "harga_termahal", "pasar_sebanding");
        assertThat(rows.get(1).values()).containsExactly("BERAS-MEDIUM", "Beras Medium", "kg", "HET Rp13.500",
                "12500.00", "12812.50", "312.50", "2.50", "Normal", "1.99", "Pasar Dinoyo", "12600.00",
                "'" + SampleReport.EVIL, "13050.00", "3");
        // Undefined figures are empty fields, never 0.
        assertThat(rows.get(2).get(9)).isEmpty();
        assertThat(rows.get(2).get(10)).isEmpty();
        assertThat(rows.get(3).get(1)).isEqualTo("'" + SampleReport.EVIL);
        assertThat(rows.get(3).get(4)).isEmpty();
        assertThat(rows.get(3).get(8)).isEmpty();
    }

    @Test
    void theIndonesianStyleHasSemicolonsADecimalCommaAndAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter(SampleReport.LABELS, CsvReportWriter.Style.INDONESIAN).write(SampleReport.build(), out);
        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("kode;komoditas;satuan;harga_acuan;rata_minggu_lalu;");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        // 12812.5 → "12812,50"; 1.9876 % → "1,99"; no grouping dot, so 12.500 is never read as 12,5.
        assertThat(rows.get(1).values()).containsExactly("BERAS-MEDIUM", "Beras Medium", "kg", "HET Rp13.500",
                "12500,00", "12812,50", "312,50", "2,50", "Normal", "1,99", "Pasar Dinoyo", "12600,00",
                "'" + SampleReport.EVIL, "13050,00", "3");
        assertThat(text.split("\r\n")[1]).isEqualTo("BERAS-MEDIUM;Beras Medium;kg;HET Rp13.500;12500,00;"
                + "12812,50;312,50;2,50;Normal;1,99;Pasar Dinoyo;12600,00;\"'=HYPERLINK(\"\"x\"\")\";13050,00;3");
        assertThat(CsvReportWriter.Style.of("id")).contains(CsvReportWriter.Style.INDONESIAN);
        assertThat(CsvReportWriter.Style.of("semicolon")).isEmpty();
    }

    @Test
    void twoDecimalsRoundHalfUp() {
        // 12333.335 as a double is 12333.33499999…; BigDecimal.valueOf takes its shortest decimal form "12333.335".
        assertThat(CsvReportWriter.plain(12333.335)).isEqualTo("12333.34");
        assertThat(CsvReportWriter.plain(-0.125)).isEqualTo("-0.13");
        assertThat(CsvReportWriter.plain(12500.0)).isEqualTo("12500.00");
        assertThat(CsvReportWriter.plain(null)).isEmpty();
    }
}
