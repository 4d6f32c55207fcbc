package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.ConflictInfo;
import id.sinergi.infoharga.app.sync.ExportResult;
import id.sinergi.infoharga.app.sync.ReceiveResult;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.DeviceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One device of the exchange tests: a data folder with its own device name, opened as the application opens it,
 * with the few moves the tests make (log in, save a market-day, write and read a package) and everything that must
 * come out the same on every device, as text (prices as {@code export prices} writes them, stock, master data,
 * accounts, acknowledgements, conflicts).
 */
public final class Laptop implements AutoCloseable {
    public final Path folder;
    public final AppContext context;
    private final Path outbox;

    public Laptop(Path folder, String deviceName, Clock clock) {
        this.folder = folder;
        DeviceFile.loadOrCreate(folder, deviceName);
        this.context = new AppContext(folder, clock, new Messages(Messages.INDONESIAN));
        try {
            this.outbox = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-outbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final java.util.Map<String, Actor> sessions = new java.util.HashMap<>();

    /** Logs in once per user (a password hash takes a noticeable moment); {@link #checkLogin} logs in again. */
    public Actor login(String user) {
        return sessions.computeIfAbsent(user, this::checkLogin);
    }

    public Actor checkLogin(String user) {
        return context.accounts().login(user, TestAccounts.PASSWORD, context.device().identity().name());
    }

    public String fingerprint() {
        return context.device().identity().fingerprint();
    }

    /** A package of what this device would send by default (to its office, or everything), as {@code user}. */
    public Path send(String user, String name) {
        return send(user, name, null, false);
    }

    public Path send(String user, String name, String to, boolean all) {
        ExportResult r = context.sync().export(login(user), outbox.resolve(name), to, all, false, WorkProgress.NONE);
        return r.file();
    }

    public ReceiveResult receive(String user, Path file) {
        return context.sync().receive(login(user), file, WorkProgress.NONE);
    }

    public int market(String code) {
        return catalog().findMarket(code).orElseThrow().id();
    }

    public int commodity(String code) {
        return catalog().findCommodity(code).orElseThrow().id();
    }

    public Catalog catalog() {
        return context.referenceData().catalog();
    }

    /** Saves prices of one market-day: commodity code, price, commodity code, price… */
    public void enter(String user, String market, LocalDate day, Object... codeAndPrice) {
        List<MarketDayEntry.Line> lines = new ArrayList<>();
        for (int i = 0; i < codeAndPrice.length; i += 2) {
            lines.add(new MarketDayEntry.Line(commodity((String) codeAndPrice[i]),
                    ((Number) codeAndPrice[i + 1]).longValue(), List.of(), null));
        }
        context.entries().save(login(user), new MarketDayEntry(market(market), day, lines));
    }

    // ---- what must be the same everywhere ----

    /** The bytes {@code export prices} writes for a period. */
    public byte[] exportedPrices(LocalDate from, LocalDate to) {
        Path file = outbox.resolve("prices-" + System.nanoTime() + ".csv");
        context.exports().exportPrices(from, to, null, file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file of the test
            }
        }
    }

    /** The stock movements by their UUIDs, with codes for outlets and commodities, in replay order. */
    public String stock() {
        Catalog c = catalog();
        return context.stock().allMovements().stream().map(m -> m.id() + " " + c.outlet(m.outletId()).code() + " "
                + c.commodity(m.commodityId()).code() + " " + m.date() + " " + m.kind() + " "
                + m.quantity().stripTrailingZeros().toPlainString() + " " + m.unitPriceRp() + " " + m.source() + " "
                + m.recordedAt()).collect(Collectors.joining("\n"));
    }

    /** Markets, groups, commodities, reference prices, outlets and thresholds by code, without internal ids. */
    public String masterData() {
        Catalog c = catalog();
        StringBuilder s = new StringBuilder();
        c.markets().stream().sorted(java.util.Comparator.comparing(m -> m.code())).forEach(m -> s.append("market ")
                .append(m.code()).append(' ').append(m.name()).append(' ').append(m.kecamatan()).append(' ')
                .append(m.marketType()).append(' ').append(m.active()).append('\n'));
        c.groups().stream().sorted(java.util.Comparator.comparing(g -> g.code())).forEach(g -> s.append("group ")
                .append(g.code()).append(' ').append(g.name()).append(' ').append(g.weight()).append(' ')
                .append(g.volatileGroup()).append('\n'));
        c.commodities().stream().sorted(java.util.Comparator.comparing(Commodity::code)).forEach(x -> s
                .append("commodity ").append(x.code()).append(' ').append(x.displayName()).append(' ')
                .append(x.unit()).append(' ').append(c.group(x.groupId()).code()).append(' ').append(x.active())
                .append(' ').append(x.sortOrder()).append('\n'));
        c.referencePrices().stream().map(r -> "reference " + c.commodity(r.commodityId()).code() + " " + r.kind()
                + " " + r.lowRp() + " " + r.highRp() + " " + r.regulation() + " " + r.validFrom() + " "
                + r.validTo()).sorted().forEach(l -> s.append(l).append('\n'));
        c.outlets().stream().sorted(java.util.Comparator.comparing(o -> o.code())).forEach(o -> s.append("outlet ")
                .append(o.code()).append(' ').append(o.name()).append(' ')
                .append(o.marketId() == null ? null : c.market(o.marketId()).code()).append(' ').append(o.active())
                .append('\n'));
        TreeMap<String, String> thresholds = new TreeMap<>();
        context.masterData().snapshot(login(firstAdmin())).thresholds().forEach((id, t) ->
                thresholds.put(c.commodity(id).code(), t.toString().replaceFirst("commodityId=\\d+, ", "")));
        thresholds.forEach((k, v) -> s.append("threshold ").append(k).append(' ').append(v).append('\n'));
        return s.toString();
    }

    /** Accounts (role, whether active) with their markets and outlets by code. */
    public String accounts() {
        Catalog c = catalog();
        return context.accounts().users(login(firstAdmin())).stream().map(a -> a.username() + " " + a.role() + " "
                + a.active() + " markets="
                + a.marketIds().stream().map(id -> c.market(id).code()).sorted().toList() + " outlets="
                + a.outletIds().stream().map(id -> c.outlet(id).code()).sorted().toList())
                .collect(Collectors.joining("\n"));
    }

    public String conflicts() {
        return context.sync().conflicts(login(firstAdmin())).stream().map(ConflictInfo::line)
                .collect(Collectors.joining("\n"));
    }

    private String firstAdmin() {
        return "kepala";
    }

    @Override
    public void close() {
        context.close();
    }
}
