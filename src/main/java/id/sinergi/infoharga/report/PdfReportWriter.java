package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.Words;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReport.CommodityRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTableRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.TrendSeries;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The weekly report as an A4 landscape PDF: the regency and the week in every page header, "Halaman n dari N" in
 * the footer, tables whose heading rows repeat across pages, and the eight-week charts drawn by JFreeChart as
 * vector graphics (PdfGraphics2D into a template), so they print sharp. Needs no display.
 */
public final class PdfReportWriter implements WeeklyReportWriter {
    /** Cover and summary, commodities, markets, stock, trends. */
    private static final int PARTS = 5;
    private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color STRIPE = new Color(0xF2, 0xF5, 0xF9);
    private static final Map<AlertLevel, Color> LEVEL_COLOURS = Map.of(
            AlertLevel.NORMAL, new Color(0xC6, 0xEF, 0xCE), AlertLevel.WASPADA, new Color(0xFF, 0xEB, 0x9C),
            AlertLevel.SIAGA, new Color(0xF8, 0xCB, 0xAD), AlertLevel.AWAS, new Color(0xFF, 0x7C, 0x80));
    /** Markets per slice of the commodity × market table, so that a slice fits the page width. */
    static final int MARKETS_PER_TABLE = 9;

    private final Words labels;

    public PdfReportWriter(Words labels) {
        this.labels = labels;
    }

    @Override
    public void write(WeeklyReport report, OutputStream out, WriteProgress progress) throws IOException {
        Document doc = new Document(PageSize.A4.rotate(), 32, 32, 56, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
            Fonts fonts = new Fonts();
            writer.setPageEvent(new HeaderFooter(report, fonts));
            doc.addTitle(labels.get("report.title") + " " + report.cover().week());
            doc.addAuthor(report.cover().madeBy());
            doc.addCreator("Sinergi Smart Info Harga");
            doc.open();
            new Pages(doc, writer, report, fonts).build(progress);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** OpenPDF closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class Fonts {
        final BaseFont base;
        final BaseFont bold;
        final Font body;
        final Font bodyBold;
        final Font small;
        final Font head;
        final Font title;
        final Font h2;

        Fonts() {
            // Liberation Sans (SIL OFL, metric-compatible with Helvetica) is embedded: the standard fonts have no
            // true minus sign (U+2212) and no en dash outside Windows-1252.
            base = font("LiberationSans-Regular.ttf");
            bold = font("LiberationSans-Bold.ttf");
            body = new Font(base, 8);
            bodyBold = new Font(bold, 8);
            small = new Font(base, 7);
            head = new Font(bold, 7.5f, Font.NORMAL, Color.WHITE);
            title = new Font(bold, 16, Font.NORMAL, ACCENT);
            h2 = new Font(bold, 11, Font.NORMAL, ACCENT);
        }

        private static BaseFont font(String name) {
            try (var in = PdfReportWriter.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + name + " is bundled with the application");
                }
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("the bundled font " + name + " cannot be read", e);
            }
        }
    }

    /** Regency and week on top of every page, "Halaman n dari N" at the bottom (N filled in at the end). */
    private final class HeaderFooter extends PdfPageEventHelper {
        private final WeeklyReport report;
        private final Fonts fonts;
        private PdfTemplate total;

        HeaderFooter(WeeklyReport report, Fonts fonts) {
            this.report = report;
            this.fonts = fonts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.leftMargin();
            float right = page.getWidth() - document.rightMargin();
            float top = page.getHeight() - 30;
            if (writer.getPageNumber() > 1) {
                runningHead(cb, left, right, top);
            }
            endPage(writer, document, cb, left, right, labels.get("report.pageOf", writer.getPageNumber()) + " ");
        }

        private void runningHead(PdfContentByte cb, float left, float right, float top) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(report.cover().regency(), new Font(fonts.bold, 10, Font.NORMAL, ACCENT)), left, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(labels.get("report.title") + " \u2013 "
                    + report.cover().week(), fonts.body), right, top, 0);
            cb.setColorStroke(ACCENT);
            cb.setLineWidth(0.6f);
            cb.moveTo(left, top - 6);
            cb.lineTo(right, top - 6);
            cb.stroke();
        }

        private void endPage(PdfWriter writer, Document document, PdfContentByte cb, float left, float right,
                             String pageText) {
            float size = 8;
            float textWidth = fonts.base.getWidthPoint(pageText, size);
            float x = (left + right) / 2 - textWidth / 2 - 8;
            float y = 24;
            cb.beginText();
            cb.setFontAndSize(fonts.base, size);
            cb.setColorFill(Color.DARK_GRAY);
            cb.setTextMatrix(x, y);
            cb.showText(pageText);
            cb.endText();
            cb.addTemplate(total, x + textWidth, y);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(labels.get("report.madeAtShort",
                    id.sinergi.infoharga.domain.report.ReportText.shortDay(report.cover().madeAt().toLocalDate(),
                            labels::get) + String.format(" %tR", report.cover().madeAt())), fonts.small), right, y, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(fonts.base, 8);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            // The writer has already moved past the last page when the document closes.
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    /** The body, part after part. */
    private final class Pages {
        private final Document doc;
        private final PdfWriter writer;
        private final WeeklyReport report;
        private final Fonts f;

        Pages(Document doc, PdfWriter writer, WeeklyReport report, Fonts fonts) {
            this.doc = doc;
            this.writer = writer;
            this.report = report;
            this.f = fonts;
        }

        void build(WriteProgress progress) throws DocumentException {
            progress.part(0, PARTS);
            letter();
            doc.newPage();
            summary();
            doc.newPage();
            progress.part(1, PARTS);
            commodities();
            doc.newPage();
            progress.part(2, PARTS);
            markets();
            progress.part(3, PARTS);
            stock();
            doc.newPage();
            progress.part(4, PARTS);
            trends();
        }

        /**
         * The first page is a letter: letterhead (logo, government, office), title, the week as dates, the week in
         * plain words, room for the TPID's recommendations and the signature block.
         */
        private void letter() throws DocumentException {
            var c = report.cover();
            var l = report.letterhead();
            PdfPTable head = new PdfPTable(l.logo() == null ? new float[] {1} : new float[] {1, 9});
            head.setWidthPercentage(100);
            if (l.logo() != null) {
                try {
                    Image logo = Image.getInstance(l.logo());
                    logo.scaleToFit(64, 64);
                    PdfPCell lc = new PdfPCell(logo, false);
                    lc.setBorder(Rectangle.NO_BORDER);
                    lc.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    head.addCell(lc);
                } catch (IOException | RuntimeException e) {
                    // The logo was checked when chosen; one that no longer reads is left out, not the report.
                    head = new PdfPTable(1);
                    head.setWidthPercentage(100);
                }
            }
            PdfPCell text = new PdfPCell();
            text.setBorder(Rectangle.NO_BORDER);
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            Paragraph gov = new Paragraph(labels.get("report.letter.government",
                    c.regency().toUpperCase(java.util.Locale.ROOT)), new Font(f.bold, 15));
            gov.setAlignment(Element.ALIGN_CENTER);
            text.addElement(gov);
            if (!l.office().isEmpty()) {
                Paragraph office = new Paragraph(l.office().toUpperCase(java.util.Locale.ROOT), new Font(f.bold, 12));
                office.setAlignment(Element.ALIGN_CENTER);
                text.addElement(office);
            }
            head.addCell(text);
            doc.add(head);
            // The double rule under a letterhead (garis kop).
            PdfPTable rule = new PdfPTable(1);
            rule.setWidthPercentage(100);
            PdfPCell line = new PdfPCell();
            line.setBorder(Rectangle.BOTTOM | Rectangle.TOP);
            line.setBorderWidthTop(1.8f);
            line.setBorderWidthBottom(0.5f);
            line.setFixedHeight(3);
            rule.addCell(line);
            rule.setSpacingBefore(4);
            rule.setSpacingAfter(10);
            doc.add(rule);

            Paragraph t = new Paragraph(labels.get("report.title").toUpperCase(java.util.Locale.ROOT), f.title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph when = new Paragraph(id.sinergi.infoharga.domain.report.ReportText.weekOfMonth(c.week(),
                    labels::get) + " " + labels.get("report.letter.isoWeek", c.week().toString()),
                    new Font(f.base, 10));
            when.setAlignment(Element.ALIGN_CENTER);
            when.setSpacingAfter(12);
            doc.add(when);

            heading(labels.get("report.narrative.title"));
            for (String sentence : id.sinergi.infoharga.domain.report.WeeklyNarrative.write(report, labels::get)) {
                Paragraph p = new Paragraph(sentence, new Font(f.base, 10));
                p.setLeading(13);
                p.setSpacingAfter(3);
                doc.add(p);
            }
            signature();
        }

        /** Room for the TPID's recommendations on the left; place, date, position, name and NIP on the right. */
        private void signature() throws DocumentException {
            var l = report.letterhead();
            PdfPTable block = new PdfPTable(new float[] {3, 2});
            block.setWidthPercentage(100);
            block.setSpacingBefore(14);
            block.setKeepTogether(true);
            PdfPCell rec = new PdfPCell();
            rec.setBorder(Rectangle.NO_BORDER);
            rec.setPaddingRight(24);
            rec.addElement(new Paragraph(labels.get("report.signature.recommendations"), new Font(f.bold, 10)));
            PdfPTable lines = new PdfPTable(1);
            lines.setWidthPercentage(100);
            for (int i = 0; i < 4; i++) {
                PdfPCell blank = new PdfPCell(new Phrase(" "));
                blank.setBorder(Rectangle.BOTTOM);
                blank.setBorderColor(new Color(0x9A, 0xA4, 0xB0));
                blank.setBorderWidth(0.5f);
                blank.setFixedHeight(20);
                lines.addCell(blank);
            }
            rec.addElement(lines);
            block.addCell(rec);
            PdfPCell sign = new PdfPCell();
            sign.setBorder(Rectangle.NO_BORDER);
            String date = id.sinergi.infoharga.domain.report.ReportText.longDay(report.cover().madeAt().toLocalDate(),
                    labels::get);
            sign.addElement(centred(l.place().isEmpty() ? date : labels.get("report.signature.place", l.place(),
                    date), new Font(f.base, 10), 0));
            sign.addElement(centred(l.position().isEmpty() ? " " : l.position(), new Font(f.base, 10), 0));
            sign.addElement(centred(l.signerName().isEmpty() ? "(.................................)"
                    : l.signerName(), new Font(f.bold, 10, l.signerName().isEmpty() ? Font.NORMAL : Font.UNDERLINE),
                    52));
            if (!l.nip().isEmpty()) {
                sign.addElement(centred(labels.get("report.signature.nip", l.nip()), new Font(f.base, 10), 0));
            }
            block.addCell(sign);
            doc.add(block);
        }

        private Paragraph centred(String text, Font font, float spaceBefore) {
            Paragraph p = new Paragraph(text, font);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(spaceBefore);
            return p;
        }

        private void summary() throws DocumentException {
            var s = report.summary();
            heading(labels.get("report.sheet.summary"));
            Paragraph weighted = new Paragraph();
            weighted.add(new Chunk(labels.get("report.summary.weightedChange") + ": ", new Font(f.base, 10)));
            weighted.add(new Chunk(n(TextFormats.signedPercent(s.weightedChangePct())), new Font(f.bold, 12)));
            weighted.setSpacingAfter(6);
            doc.add(weighted);

            PdfPTable grid = new PdfPTable(new float[] {1, 1});
            grid.setWidthPercentage(100);
            grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            grid.getDefaultCell().setPaddingRight(8);

            PdfPTable contributors = table(new float[] {3, 1.2f, 1.5f, 1.5f}, labels.get("report.col.group"),
                    labels.get("report.col.weight"), labels.get("report.col.changePct"),
                    labels.get("report.col.contribution"));
            for (Contribution c : s.topContributors()) {
                textCell(contributors, c.groupName());
                numberCell(contributors, n(TextFormats.decimal2(c.weight())));
                numberCell(contributors, n(TextFormats.signedPercent(c.changePct())));
                numberCell(contributors, n(TextFormats.signedDecimal2(c.contributionPoints())));
            }
            grid.addCell(titled(labels.get("report.summary.contributors"), contributors));

            PdfPTable alerts = table(new float[] {2, 1}, labels.get("report.col.level"),
                    labels.get("report.col.count"));
            for (AlertLevel level : AlertLevel.values()) {
                levelCell(alerts, level);
                numberCell(alerts, String.valueOf(s.alertCounts().get(level)));
            }
            grid.addCell(titled(labels.get("report.summary.alerts"), alerts));
            grid.addCell(titled(labels.get("report.summary.rises"), movers(s.biggestRises())));
            grid.addCell(titled(labels.get("report.summary.falls"), movers(s.biggestFalls())));
            doc.add(grid);

            // Two half-width columns of markets keep the whole summary on the first page.
            List<Completeness> all = s.completeness();
            int half = (all.size() + 1) / 2;
            PdfPTable halves = new PdfPTable(new float[] {1, 1});
            halves.setWidthPercentage(100);
            halves.addCell(titled(labels.get("report.summary.completeness"), completeness(all.subList(0, half))));
            halves.addCell(titled(all.size() > half ? " " : "", completeness(all.subList(half, all.size()))));
            doc.add(halves);
        }

        private PdfPTable completeness(List<Completeness> rows) {
            PdfPTable t = table(new float[] {3, 1, 1, 1.2f}, labels.get("report.col.market"),
                    labels.get("report.col.reported"), labels.get("report.col.expected"),
                    labels.get("report.col.completeness"));
            for (Completeness c : rows) {
                textCell(t, c.marketName());
                numberCell(t, String.valueOf(c.reported()));
                numberCell(t, String.valueOf(c.expected()));
                numberCell(t, n(TextFormats.percent(c.percent())));
            }
            return t;
        }

        private PdfPTable movers(List<Mover> movers) {
            PdfPTable t = table(new float[] {3, 1, 1.5f, 1.5f}, labels.get("report.col.commodity"),
                    labels.get("report.col.unit"), labels.get("report.col.changePct"),
                    labels.get("report.col.changeRp"));
            for (Mover m : movers) {
                textCell(t, m.commodityName());
                textCell(t, m.unit());
                numberCell(t, n(TextFormats.signedPercent(m.changePct())));
                numberCell(t, TextFormats.signedRupiah(m.changeRp()));
            }
            if (movers.isEmpty()) {
                PdfPCell none = cell(TextFormats.UNDEFINED, f.body, Element.ALIGN_CENTER);
                none.setColspan(4);
                t.addCell(none);
            }
            return t;
        }

        private PdfPCell titled(String title, PdfPTable table) {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            PdfPCell head = new PdfPCell(new Phrase(title, new Font(f.bold, 9)));
            head.setBorder(Rectangle.NO_BORDER);
            head.setPaddingBottom(3);
            box.addCell(head);
            // addElement, not new PdfPCell(table): that constructor stretches the table's last row to the height of
            // the tallest neighbour in the grid.
            PdfPCell body = new PdfPCell();
            body.addElement(table);
            body.setBorder(Rectangle.NO_BORDER);
            body.setPadding(0);
            box.addCell(body);
            PdfPCell outer = new PdfPCell();
            outer.addElement(box);
            outer.setBorder(Rectangle.NO_BORDER);
            outer.setPaddingRight(10);
            outer.setPaddingBottom(8);
            return outer;
        }

        private void commodities() throws DocumentException {
            PdfPTable t = table(new float[] {0.5f, 2.6f, 0.9f, 3.1f, 1.4f, 1.4f, 1.3f, 1.35f, 1.2f, 1.1f, 1.6f,
                            2.5f, 1.4f, 2.5f, 1.4f},
                    labels.get("report.col.no"), labels.get("report.col.commodity"), labels.get("report.col.unit"),
                    labels.get("report.col.reference"), labels.get("report.col.lastWeek"),
                    labels.get("report.col.thisWeek"), labels.get("report.col.changeRp"),
                    labels.get("report.col.changePct"), labels.get("report.col.level"), labels.get("report.col.cv"),
                    labels.get("report.col.alps"),
                    labels.get("report.col.cheapestMarket"), labels.get("report.col.cheapestPrice"),
                    labels.get("report.col.dearestMarket"), labels.get("report.col.dearestPrice"));
            int no = 1;
            // A series too short for ALPS gets a numbered note under the table: the same reason repeated in every
            // row would triple the rows' height.
            List<String> reasons = new java.util.ArrayList<>();
            for (CommodityRow c : report.commodities()) {
                numberCell(t, String.valueOf(no++));
                textCell(t, c.name());
                textCell(t, c.unit());
                textCell(t, c.referenceText() == null ? TextFormats.UNDEFINED : c.referenceText());
                numberCell(t, TextFormats.rupiah(c.lastWeekAvgRp()));
                numberCell(t, TextFormats.rupiah(c.thisWeekAvgRp()));
                numberCell(t, TextFormats.signedRupiah(c.changeRp()));
                numberCell(t, n(TextFormats.signedPercent(c.changePct())));
                levelCell(t, c.level());
                numberCell(t, n(TextFormats.percent(c.cvPct())));
                alpsCell(t, report.alpsOf(c.code()).orElse(null), reasons);
                textCell(t, c.cheapest() == null ? TextFormats.UNDEFINED : c.cheapest().marketName());
                numberCell(t, c.cheapest() == null ? TextFormats.UNDEFINED : TextFormats.rupiah(c.cheapest().priceRp()));
                textCell(t, c.dearest() == null ? TextFormats.UNDEFINED : c.dearest().marketName());
                numberCell(t, c.dearest() == null ? TextFormats.UNDEFINED : TextFormats.rupiah(c.dearest().priceRp()));
            }
            addBroken(t, labels.get("report.sheet.commodities"), null);
            StringBuilder alpsNotes = new StringBuilder();
            for (int i = 0; i < reasons.size(); i++) {
                alpsNotes.append("  ").append(footnoteMark(i)).append(' ').append(reasons.get(i));
            }
            Paragraph note = new Paragraph(labels.get("report.note.commodities") + " "
                    + labels.get("report.note.alps") + alpsNotes, f.small);
            note.setSpacingBefore(4);
            doc.add(note);
        }

        private void markets() throws DocumentException {
            // Tighter rows: a slice of all 35 commodities fits one page with its heading.
            verticalPadding = 1.3f;
            try {
                marketSlices();
            } finally {
                verticalPadding = 2.5f;
            }
        }

        private void marketSlices() throws DocumentException {
            List<String> markets = report.marketTable().marketNames();
            // Slices of even size (20 markets: 7, 7 and 6, not 9, 9 and 2).
            int slices = Math.max(1, (markets.size() + MARKETS_PER_TABLE - 1) / MARKETS_PER_TABLE);
            int perSlice = Math.max(1, (markets.size() + slices - 1) / slices);
            for (int from = 0; from < Math.max(1, markets.size()); from += perSlice) {
                int to = Math.min(markets.size(), from + perSlice);
                float[] widths = new float[2 + (to - from)];
                widths[0] = 3.2f;
                widths[1] = 1.0f;
                String[] heads = new String[widths.length];
                heads[0] = labels.get("report.col.commodity");
                heads[1] = labels.get("report.col.unit");
                for (int i = from; i < to; i++) {
                    widths[2 + i - from] = 1.4f;
                    heads[2 + i - from] = markets.get(i);
                }
                PdfPTable t = table(widths, heads);
                // A short last slice keeps the width of a full one, so that its columns line up with those above.
                t.setWidthPercentage(Math.min(100, 100f * (4.2f + 1.4f * (to - from)) / (4.2f + 1.4f * MARKETS_PER_TABLE)));
                t.setHorizontalAlignment(Element.ALIGN_LEFT);
                for (MarketTableRow r : report.marketTable().rows()) {
                    textCell(t, r.commodityName());
                    textCell(t, r.unit());
                    for (int i = from; i < to; i++) {
                        numberCell(t, TextFormats.rupiah(r.averagesRp().get(i)));
                    }
                }
                addBroken(t, from == 0 ? labels.get("report.sheet.markets") : null,
                        labels.get("report.market.slice", from + 1, to, markets.size()));
            }
        }

        private void stock() throws DocumentException {
            doc.add(Chunk.NEWLINE);
            PdfPTable t = table(new float[] {3, 3, 1.0f, 1.2f, 1.2f, 1.1f, 1.4f, 1.4f, 1.3f},
                    labels.get("report.col.outlet"), labels.get("report.col.commodity"),
                    labels.get("report.col.unit"), labels.get("report.col.stock"),
                    labels.get("report.col.daysOfCover"), labels.get("report.col.level"),
                    labels.get("report.col.outletPrice"), labels.get("report.col.marketPrice"),
                    labels.get("report.col.priceGap"));
            for (StockRow r : report.stock()) {
                textCell(t, r.outletName());
                textCell(t, r.commodityName());
                textCell(t, r.unit());
                numberCell(t, TextFormats.quantity(r.stock()));
                numberCell(t, n(TextFormats.decimal1(r.daysOfCover())));
                levelCell(t, r.level());
                numberCell(t, r.outletPriceRp() == null ? TextFormats.UNDEFINED
                        : TextFormats.rupiah(r.outletPriceRp().doubleValue()));
                numberCell(t, TextFormats.rupiah(r.marketPriceRp()));
                numberCell(t, n(TextFormats.signedPercent(r.priceGapPct())));
            }
            if (report.stock().isEmpty()) {
                PdfPCell none = cell(labels.get("report.stock.none"), f.body, Element.ALIGN_LEFT);
                none.setColspan(9);
                t.addCell(none);
            }
            addBroken(t, labels.get("report.sheet.stock"), null);
        }

        private void trends() throws DocumentException {
            heading(labels.get("report.sheet.trends"));
            PdfPTable grid = new PdfPTable(2);
            grid.setWidthPercentage(100);
            float chartWidth = (doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin()) / 2 - 8;
            float chartHeight = 215;
            for (TrendSeries series : report.trends()) {
                PdfPCell c = new PdfPCell(chart(TrendChart.of(series), chartWidth, chartHeight));
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(4);
                grid.addCell(c);
            }
            grid.completeRow();
            doc.add(grid);
        }

        /** Draws the chart as vectors into a PDF template and wraps it as an image element. */
        private Image chart(JFreeChart chart, float w, float h) throws DocumentException {
            PdfTemplate template = writer.getDirectContent().createTemplate(w, h);
            Graphics2D g2 = template.createGraphics(w, h, new DefaultFontMapper());
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g2.dispose();
            }
            return Image.getInstance(template);
        }

        /** Space above and below a cell's text; the market table's rows are tighter. */
        private float verticalPadding = 2.5f;

        /** Fewest rows a page of a broken table holds (TableBreaks): no page of a few leftover rows. */
        private static final int MIN_ROWS = 5;

        /**
         * Adds {@code full} page by page as {@link TableBreaks} plans it: its columns widened so that no word is
         * split inside, the heading row (and {@code caption}, if any) repeated on each page.
         */
        private void addBroken(PdfPTable full, String section, String caption) throws DocumentException {
            float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            float[] widths = fitWords(full, width * full.getWidthPercentage() / 100);
            full.setTotalWidth(widths);
            full.setLockedWidth(true);
            List<Float> heights = new java.util.ArrayList<>();
            for (int i = full.getHeaderRows(); i < full.size(); i++) {
                heights.add(full.getRowHeight(i));
            }
            float header = full.getHeaderHeight();
            float captionHeight = caption == null ? 0 : 16;
            // The section's heading goes where the table starts, never alone at the foot of the page before.
            float sectionHeight = section == null ? 0 : 34;
            float room = writer.getVerticalPosition(true) - doc.bottom() - captionHeight - sectionHeight - 4;
            float pageRoom = doc.top() - doc.bottom() - captionHeight - sectionHeight - 4;
            TableBreaks.Plan plan = TableBreaks.plan(heights, header, room, pageRoom, MIN_ROWS);
            if (plan.newPageFirst()) {
                doc.newPage();
            }
            if (section != null) {
                heading(section);
            }
            int from = full.getHeaderRows();
            for (int page = 0; page < plan.rowsPerPage().size(); page++) {
                if (page > 0) {
                    doc.newPage();
                }
                if (caption != null) {
                    Paragraph p = new Paragraph(caption, new Font(f.bold, 9));
                    p.setSpacingAfter(3);
                    doc.add(p);
                }
                int to = from + plan.rowsPerPage().get(page);
                PdfPTable part = new PdfPTable(widths);
                part.setTotalWidth(widths);
                part.setLockedWidth(true);
                part.setHorizontalAlignment(Element.ALIGN_LEFT);
                part.setHeaderRows(full.getHeaderRows());
                for (int r = 0; r < full.getHeaderRows(); r++) {
                    copyRow(full, r, part);
                }
                for (int r = from; r < to; r++) {
                    copyRow(full, r, part);
                }
                part.setSpacingAfter(8);
                doc.add(part);
                from = to;
            }
        }

        private void copyRow(PdfPTable from, int row, PdfPTable to) {
            for (PdfPCell cell : from.getRow(row).getCells()) {
                if (cell != null) {
                    to.addCell(cell);
                }
            }
        }

        /**
         * Absolute column widths in proportion to the table's own, but each at least as wide as the longest word in
         * its cells, so that "bungkus" is never broken as "bungk us"; the wider columns give up the room.
         */
        private float[] fitWords(PdfPTable t, float total) {
            int n = t.getNumberOfColumns();
            float[] relative = new float[n];
            float sum = 0;
            t.setTotalWidth(total);
            float[] rel = t.getAbsoluteWidths();
            for (int i = 0; i < n; i++) {
                relative[i] = rel[i];
                sum += rel[i];
            }
            float[] min = new float[n];
            for (int r = 0; r < t.size(); r++) {
                PdfPCell[] cells = t.getRow(r).getCells();
                for (int i = 0; i < cells.length; i++) {
                    PdfPCell c = cells[i];
                    if (c == null || c.getPhrase() == null || c.getColspan() > 1) {
                        continue;
                    }
                    Font font = c.getPhrase().getFont();
                    BaseFont bf = font.getBaseFont() == null ? f.base : font.getBaseFont();
                    for (String word : c.getPhrase().getContent().split("\\s+")) {
                        float w = bf.getWidthPoint(word, font.getSize()) + c.getPaddingLeft() + c.getPaddingRight()
                                + 2;
                        min[i] = Math.max(min[i], w);
                    }
                }
            }
            float[] out = new float[n];
            float fixed = 0;
            float flexible = 0;
            for (int i = 0; i < n; i++) {
                out[i] = relative[i] * total / sum;
                if (out[i] < min[i]) {
                    out[i] = min[i];
                    fixed += min[i];
                } else {
                    flexible += out[i];
                }
            }
            float excess = java.util.stream.IntStream.range(0, n).mapToObj(i -> out[i]).reduce(0f, Float::sum) - total;
            if (excess > 0 && flexible > 0) {
                for (int i = 0; i < n; i++) {
                    if (out[i] > min[i]) {
                        out[i] = Math.max(min[i], out[i] - excess * out[i] / flexible);
                    }
                }
            }
            return out;
        }

        private void alpsCell(PdfPTable t, WeeklyReport.AlpsCell a, List<String> reasons) {
            if (a == null || a.level() == null && a.reason() == null) {
                numberCell(t, TextFormats.UNDEFINED);
            } else if (a.level() == null) {
                if (!reasons.contains(a.reason())) {
                    reasons.add(a.reason());
                }
                stripe(t, cell(TextFormats.UNDEFINED + " " + footnoteMark(reasons.indexOf(a.reason())), f.body,
                        Element.ALIGN_CENTER));
            } else {
                PdfPCell c = cell(a.level().label() + " " + n(TextFormats.decimal1(a.value())), f.bodyBold,
                        Element.ALIGN_CENTER);
                c.setBackgroundColor(LEVEL_COLOURS.get(a.level()));
                t.addCell(c);
            }
        }

        /** A percentage or decimal written the Indonesian way, in the report's language ("12,5%" → "12.5%"). */
        private String n(String indonesian) {
            return id.sinergi.infoharga.domain.report.ReportText.inLanguage(indonesian, labels);
        }

        /** "¹", "²", … "⁹", then "(10)". */
        private String footnoteMark(int index) {
            String marks = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
            return index < marks.length() ? String.valueOf(marks.charAt(index)) : "(" + (index + 1) + ")";
        }

        // ---- cells ----

        private void heading(String text) throws DocumentException {
            Paragraph p = new Paragraph(text, f.h2);
            p.setSpacingBefore(10);
            p.setSpacingAfter(6);
            doc.add(p);
        }

        private PdfPTable table(float[] widths, String... heads) {
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : heads) {
                PdfPCell c = cell(h, f.head, Element.ALIGN_CENTER);
                c.setBackgroundColor(ACCENT);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                t.addCell(c);
            }
            return t;
        }

        private PdfPCell cell(String text, Font font, int align) {
            PdfPCell c = new PdfPCell(new Phrase(text, font));
            c.setHorizontalAlignment(align);
            c.setPadding(2.5f);
            c.setPaddingTop(verticalPadding);
            c.setPaddingBottom(verticalPadding);
            c.setBorderColor(new Color(0xB0, 0xB8, 0xC4));
            c.setBorderWidth(0.4f);
            return c;
        }

        private void stripe(PdfPTable t, PdfPCell c) {
            // Every other body row is shaded; rows are counted from the cells already in the table.
            int row = (t.getRows().size() - t.getHeaderRows());
            if (row % 2 == 1 && c.getBackgroundColor() == null) {
                c.setBackgroundColor(STRIPE);
            }
            t.addCell(c);
        }

        private void textCell(PdfPTable t, String text) {
            stripe(t, cell(text == null ? TextFormats.UNDEFINED : text, f.body, Element.ALIGN_LEFT));
        }

        private void numberCell(PdfPTable t, String text) {
            stripe(t, cell(text, f.body, Element.ALIGN_RIGHT));
        }

        private void levelCell(PdfPTable t, AlertLevel level) {
            PdfPCell c = cell(level == null ? TextFormats.UNDEFINED : level.label(), f.bodyBold, Element.ALIGN_CENTER);
            if (level != null) {
                c.setBackgroundColor(LEVEL_COLOURS.get(level));
            }
            t.addCell(c);
        }
    }
}
