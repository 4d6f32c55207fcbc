package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Store;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test files built on the fly, and checks on what the store holds. */
public final class PriceFiles {
    private PriceFiles() {
    }

    public static Path resource(Path folder, String name) {
        try (InputStream in = PriceFiles.class.getResourceAsStream("/import/" + name)) {
            Path target = folder.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small .xlsx as a clerk would make it: Indonesian headers, real date cells, a numeric price, a text price
     * with a thousands dot, and an empty price.
     */
    public static Path xlsx(Path target) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Harga");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = sheet.createRow(0);
            String[] header = {"Tanggal", "Pasar", "Komoditas", "Harga"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {LocalDate.of(2025, 3, 3), "Pasar Pacet", "Beras Medium", 13_100.0},
                    {LocalDate.of(2025, 3, 3), "PACET", "Bawang Merah", "38.500"},
                    {LocalDate.of(2025, 3, 4), "Pasar Pacet", "Beras Medium", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((LocalDate) rows[r][0]);
                row.getCell(0).setCellStyle(dateStyle);
                row.createCell(1).setCellValue((String) rows[r][1]);
                row.createCell(2).setCellValue((String) rows[r][2]);
                if (rows[r][3] instanceof Double d) {
                    row.createCell(3).setCellValue(d);
                } else if (rows[r][3] instanceof String s) {
                    row.createCell(3).setCellValue(s);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real workbook whose sheet has been swapped for 5 MB of blanks that compress about a thousand-fold: a zip
     * bomb in miniature (a real one would expand to gigabytes).
     */
    public static Path zipBomb(Path folder) {
        Path good = xlsx(folder.resolve("source-for-bomb.xlsx"));
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes();
                    out.write(head);
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 5; i++) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bomb;
    }

    /** Random bytes under a price-file name. */
    public static Path garbage(Path target) {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        try {
            return Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored price, in a stable order. */
    public static List<PricePoint> allPrices(Store store) {
        return store.read(tx -> tx.prices().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).stream()
                .sorted(Comparator.comparing(PricePoint::date).thenComparingInt(PricePoint::marketId)
                        .thenComparingInt(PricePoint::commodityId))
                .toList();
    }

    /** The monthly sums as stored, keyed "market:commodity:month". */
    public static Map<String, String> storedMonths(Store store) {
        return store.read(tx -> tx.prices().allMonths()).stream().collect(Collectors.toMap(
                m -> m.marketId() + ":" + m.commodityId() + ":" + m.month(), m -> m.sumRp() + "/" + m.dayCount(),
                (a, b) -> a + "," + b, TreeMap::new));
    }

    /** The monthly sums recomputed from the raw rows, by an independent route (Java grouping, not SQL). */
    public static Map<String, String> recomputedMonths(Store store) {
        Map<String, long[]> sums = new TreeMap<>();
        for (PricePoint p : allPrices(store)) {
            String key = p.marketId() + ":" + p.commodityId() + ":" + YearMonth.from(p.date());
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] += p.priceRp();
            s[1]++;
        }
        Map<String, String> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, v[0] + "/" + v[1]));
        return out;
    }
}
