package id.sinergi.infoharga.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportWriterTest {
    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(SampleReport.LABELS).write(SampleReport.build(), out);
        pdf = out.toByteArray();
        java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
        java.nio.file.Files.createDirectories(samples);
        java.nio.file.Files.write(samples.resolve("sample.pdf"), pdf);
    }

    @Test
    void writesWithoutADisplay() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void everyPageIsA4LandscapeWithTheRegencyAndItsNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            for (int i = 1; i <= pages; i++) {
                PDPage page = doc.getPage(i - 1);
                // A4 is 595 × 842 points; OpenPDF turns a portrait media box by 90° for landscape.
                boolean turned = page.getRotation() % 180 == 90;
                float w = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
                float h = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
                assertThat(Math.round(w)).isEqualTo(842);
                assertThat(Math.round(h)).isEqualTo(595);
                String text = pageText(doc, i);
                // The first page is the letter: its letterhead names the regency, the others a running head.
                assertThat(text).contains(i == 1 ? "PEMERINTAH KABUPATEN MOJOKERTO" : "Kabupaten Mojokerto")
                        .contains("Halaman " + i + " dari " + pages);
            }
        }
    }

    @Test
    void figuresOfTheCommodityTableAreInTheText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            // 12812.5 rounds half up to Rp12.813; 2.5 % is written the Indonesian way.
            assertThat(all).contains("Beras Medium", "HET Rp13.500", "Rp12.500", "Rp12.813", "+Rp313", "+2,5%",
                    "2,0%", "Pasar Dinoyo", "Rp12.600", "Rp13.050", "Siaga", "+1,2%");
            assertThat(all).contains("Rp48.000", "+Rp8.000", "+20,0%");
        }
    }

    @Test
    void chartsAreVectorsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            // The chart templates are form XObjects; no raster image is embedded anywhere.
            int forms = 0;
            for (var name : last.getResources().getXObjectNames()) {
                var x = last.getResources().getXObject(name);
                assertThat(x).isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                forms++;
            }
            assertThat(forms).isGreaterThanOrEqualTo(4);
            assertThat(pageText(doc, doc.getNumberOfPages())).contains("Gula Pasir (Rp/kg)");
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }
}
