package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.PriceChange;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--market", required = true, paramLabel = "KODE|NAMA")
    String market;
    @Option(names = "--commodity", required = true, paramLabel = "KODE|NAMA")
    String commodity;
    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd")
    String date;

    @Override
    public Integer call() {
        root.readerSession();
        Messages m = root.messages();
        Catalog catalog = root.context().referenceData().catalog();
        Market mk = catalog.findMarket(market).orElseThrow(
                () -> new UserInputException(m.get("trust.history.unknown", market)));
        Commodity c = catalog.findCommodity(commodity).orElseThrow(
                () -> new UserInputException(m.get("trust.history.unknown", commodity)));
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserInputException(m.get("trust.history.badDate", date));
        }
        List<PriceChange> changes = root.context().priceHistory().changes(mk.id(), c.id(), day, day);
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("trust.history.title", c.displayName(), mk.name(), day));
        if (changes.isEmpty()) {
            out.println(m.get("trust.history.none"));
        }
        for (PriceChange e : changes) {
            out.println(m.get("trust.history.line",
                    e.at() == null ? "-" : WHEN.format(e.at().atZone(ZoneId.systemDefault())),
                    e.actor() == null ? "-" : e.actor(), e.device() == null ? "-" : e.device(),
                    e.oldText() == null ? "-" : e.oldText(), e.newText() == null ? "-" : e.newText(),
                    reason(m, e)));
        }
        out.flush();
        return 0;
    }

    /** The reason as stored; for a price stored in bulk, where it came from. */
    static String reason(Messages m, PriceChange e) {
        return switch (e.origin()) {
            case IMPORTED -> m.get("import.origin.file", e.source());
            case DEMO -> m.get("import.origin.demo", e.source());
            case UNRECORDED -> m.get("import.origin.unrecorded");
            case AUDITED -> e.reason() == null ? "-" : e.reason();
        };
    }
}
