package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Impor data dari berkas.", subcommands = ImportCommand.Prices.class)
final class ImportCommand {
    @ParentCommand
    InfoHargaCommand root;

    @Command(name = "prices", sortOptions = false,
            description = {"Impor harga dari berkas .csv atau .xlsx, semua atau tidak sama sekali: setiap baris "
                    + "diperiksa dulu, dan satu masalah saja (baris N: ...) membatalkan seluruh berkas.",
                    "Kolom: date/tanggal (atau Timestamp), market/pasar, commodity/komoditas, price/harga, "
                            + "unit/satuan (boleh tidak ada; Rp./Kg, Rp/Liter, /kg dibaca sebagai kg, liter). "
                            + "Harga 0 atau kosong = tidak ada laporan, tidak disimpan. Harga yang akan dihentikan "
                            + "layar Entri Harga (salah jumlah angka nol, jauh dari harga terakhir atau dari pasar "
                            + "lain hari itu) membatalkan impor kecuali dengan --accept-unusual. Berkas yang sama "
                            + "dengan pilihan yang sama kedua kalinya tidak mengubah apa pun."},
            footer = {"", "Contoh:",
                    "  info-harga import prices harga-september.csv --dry-run",
                    "  info-harga import prices harga-september.csv",
                    "  info-harga import prices kota.csv --market \"Kota Contoh\" --create-missing",
                    "  info-harga import prices rekap.xlsx --market DINOYO --date-format dd/MM/yyyy",
                    "  info-harga import prices rekap.csv --columns date=Hari,price=Rp",
                    "  info-harga import prices harga-september.csv --accept-unusual"})
    static final class Prices implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Berkas .csv (koma atau titik koma; UTF-8 atau "
                + "windows-1252) atau .xlsx (lembar terlihat yang pertama). Contoh: harga-september.csv")
        Path file;
        @Option(names = "--market", paramLabel = "CODE|NAME",
                description = "Pasar untuk semua baris, untuk berkas tanpa kolom pasar (kode atau nama). "
                        + "Contoh: --market DINOYO atau --market \"Kota Contoh\"")
        String market;
        @Option(names = "--columns", split = ",", paramLabel = "KEY=HEADER",
                description = "Judul kolom yang dipakai berkas, bila bukan nama bawaan; kunci: date, market, "
                        + "commodity, price, unit. Contoh: --columns date=Hari,commodity=Barang,price=Rp")
        Map<String, String> columns;
        @Option(names = "--date-format", paramLabel = "PATTERN",
                description = "Pola tanggal (bawaan: yyyy-MM-dd, d/M/yyyy, d-M-yyyy, juga dengan jam). "
                        + "Contoh: --date-format dd/MM/yyyy")
        String dateFormat;
        @Option(names = "--create-missing",
                description = "Buat pasar dan komoditas yang belum dikenal (administrator; komoditas baru perlu "
                        + "kolom satuan). Contoh: --market \"Kota Contoh\" --create-missing")
        boolean createMissing;
        @Option(names = "--accept-unusual",
                description = "Simpan juga harga tidak biasa; semuanya didaftar dan dicatat di jejak audit. "
                        + "Harga di bawah Rp100 atau di atas Rp5 juta tetap ditolak. Contoh: --accept-unusual")
        boolean acceptUnusual;
        @Option(names = "--dry-run",
                description = "Periksa saja dan hitung yang akan disimpan; tidak ada yang disimpan, harga tidak "
                        + "biasa ditampilkan sebagai peringatan. Contoh: --dry-run")
        boolean dryRun;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Tampilkan bantuan ini.")
        boolean help;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            ImportService.ImportResult r = root.context().imports().importPrices(root.writerSession(),
                    new ImportService.ImportRequest(file, market, columns, dateFormat, createMissing, dryRun,
                            acceptUnusual));
            PrintWriter out = spec.commandLine().getOut();
            if (r.alreadyImported()) {
                out.println(m.get("import.already", r.fileName(), r.earlierFileName()));
                out.flush();
                return 0;
            }
            if (r.sheet() != null && r.sheetCount() > 1) {
                out.println(m.get("import.sheet", r.sheet(), r.sheetCount()));
            }
            r.createdMarkets().forEach(x -> out.println(m.get(r.dryRun() ? "import.wouldCreate.market"
                    : "import.created.market", x)));
            r.createdCommodities().forEach(x -> out.println(m.get(r.dryRun() ? "import.wouldCreate.commodity"
                    : "import.created.commodity", x)));
            if (!r.normalisedNames().isEmpty()) {
                out.println(m.get("import.normalised.title"));
                r.normalisedNames().forEach(line -> out.println("  " + line));
            }
            if (r.unusualCount() > 0) {
                out.println(m.get(r.dryRun() ? "import.unusual.warnings" : "import.unusual.accepted",
                        r.unusualCount()));
                list(out, m, r.unusual(), r.unusualCount());
            }
            out.println(m.get(r.dryRun() ? "import.summaryDryRun" : "import.summary", r.fileName(), r.stored(),
                    r.inserted(), r.updated(), r.missing(), r.unchanged()));
            if (r.dryRun()) {
                out.println(m.get("import.dryRun"));
            } else if (r.stored() == 0) {
                out.println(m.get("import.nothingChanged"));
            }
            out.flush();
            return 0;
        }

        private static void list(PrintWriter out, Messages m, List<String> lines, int total) {
            lines.forEach(line -> out.println("  " + line));
            if (total > lines.size()) {
                out.println("  " + m.get("import.unusual.more", total - lines.size()));
            }
        }
    }
}
