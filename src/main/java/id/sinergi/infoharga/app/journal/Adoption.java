package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.PriceDao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of a folder from before the change log into this device's first changes (issue 13: the first
 * package of an existing laptop carries its history). Runs once, on the first open that has an account to name
 * as their author; the device id comes from device.properties, which a SQL migration cannot read.
 *
 * <p>What becomes a change: accounts and their assignments; master data that someone changed (it has audit rows;
 * the seeded rows are the same on every device and need none); prices, stock movements and acknowledgements,
 * except generated demo data. A row's author is the officer or analyst it names when that account may still make
 * the change here, else the first administrator (a package is refused whole when one change's user may not make
 * it, and old rows must not block an upgraded laptop's first package); the audit trail keeps who really did it.
 */
final class Adoption {
    private static final int PAGE = 5_000;

    private final Session s;
    private final Instant now;
    private final String admin;
    private final Map<String, Optional<UserAccount>> accounts = new HashMap<>();
    private int count;

    Adoption(Session s, Instant now, String admin) {
        this.s = s;
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.admin = admin;
    }

    int run() {
        List<UserAccount> users = new ArrayList<>(s.rows.users.all());
        // Administrators first, each the author of their own account: a folder started from this device's first
        // package then accepts them before anything they made.
        users.sort(Comparator.comparing((UserAccount u) -> u.role() != Role.ADMIN).thenComparing(UserAccount::id));
        for (UserAccount u : users) {
            small(Codecs.ACCOUNT, u.username(), u.role() == Role.ADMIN ? u.username() : admin, now);
        }
        for (CommodityGroup g : s.rows.commodities.groups()) {
            changed(Codecs.GROUP, GroupCodec.TABLE, g.code(), g.code());
        }
        for (Market m : s.rows.markets.all()) {
            changed(Codecs.MARKET, MarketCodec.TABLE, m.code(), m.code());
        }
        for (Commodity c : s.rows.commodities.all()) {
            changed(Codecs.COMMODITY, CommodityCodec.TABLE, c.code(), c.code());
        }
        for (Outlet o : s.rows.outlets.all()) {
            changed(Codecs.OUTLET, OutletCodec.TABLE, o.code(), o.code());
        }
        for (ReferencePrice r : s.rows.references.all()) {
            changed(Codecs.REFERENCE, ReferenceCodec.TABLE, Integer.toString(r.id()),
                    s.rows.references.uidOf(r.id()).orElseThrow());
        }
        for (Commodity c : s.rows.commodities.all()) {
            changed(Codecs.THRESHOLD, ThresholdCodec.TABLE, Integer.toString(c.id()), c.code());
        }
        for (UserAccount u : users) {
            if (!u.marketIds().isEmpty() || !u.outletIds().isEmpty()) {
                small(Codecs.ASSIGNMENT, u.username(), admin, now);
            }
        }
        prices();
        for (StockMovement m : s.rows.stock.unversioned(ChangeJournal.DEMO)) {
            String user = author(m.officer(), a -> a.role() == Role.OFFICER && a.outletIds().contains(m.outletId()));
            Stamp stamp = stamp(user, m.recordedAt());
            s.insert(new ChangeLogDao.Row(s.selfLocal, stamp.id().seq(), stamp.lamport(), stamp.at().toEpochMilli(),
                    user, Codecs.STOCK.entity().code(), m.id().toString(),
                    Codecs.STOCK.encode(StockCodec.of(s.rows, m)), null, null));
            s.rows.stock.setVersion(m.id(), s.selfLocal, stamp.id().seq(), stamp.lamport(), stamp.atUtc());
            count++;
        }
        for (var ack : s.rows.acks.all()) {
            AckCodec.Key key = new AckCodec.Key(ack.alertDate(), ack.alertKey());
            small(Codecs.ACK, key, author(ack.actor(), a -> a.role() == Role.ANALYST), ack.ackedAt());
        }
        if (count > 0) {
            s.audit(new AuditEntry(now, admin, s.self.name(), "change_log", s.self.id().toString(), null,
                    count + " perubahan pertama dari data yang sudah ada", "pembaruan ke log perubahan", null));
        }
        return count;
    }

    /** A row of master data whose key has audit rows: someone changed it here. */
    private <K, V> void changed(Codec<K, V> codec, String table, String auditKey, K key) {
        if (keys(table).contains(auditKey)) {
            small(codec, key, admin, now);
        }
    }

    private final Map<String, java.util.Set<String>> audited = new HashMap<>();

    private java.util.Set<String> keys(String table) {
        return audited.computeIfAbsent(table, t -> new java.util.HashSet<>(s.tx.audit().keysOf(t)));
    }

    /** One key's current value as a change of this device, unless a change already wrote it. */
    private <K, V> void small(Codec<K, V> codec, K key, String user, Instant at) {
        Codec.State<V> state = codec.state(s.rows, key);
        if (state.head().isPresent() || state.value().isEmpty()) {
            return;
        }
        Stamp stamp = stamp(user, at);
        s.insert(new ChangeLogDao.Row(s.selfLocal, stamp.id().seq(), stamp.lamport(), stamp.at().toEpochMilli(),
                user, codec.entity().code(), codec.keyText(key), codec.encode(state.value().get()), null, null));
        codec.store(s.rows, key, state, state.value().get(), stamp);
        count++;
    }

    private Stamp stamp(String user, Instant at) {
        ChangeId id = s.nextOwn();
        return new Stamp(id, s.selfLocal, s.nextLamport(), at.truncatedTo(ChronoUnit.MILLIS), user, s.self.name());
    }

    private void prices() {
        int market = -1;
        int commodity = -1;
        LocalDate day = LocalDate.MIN;
        while (true) {
            List<PriceObservation> page = s.rows.prices.unversionedAfter(market, commodity, day,
                    ChangeJournal.DEMO, PAGE);
            if (page.isEmpty()) {
                return;
            }
            List<ChangeLogDao.Row> log = new ArrayList<>(page.size());
            List<PriceDao.VersionOf> versions = new ArrayList<>(page.size());
            for (PriceObservation o : page) {
                Market m = s.rows.market(o.marketId());
                String user = author(o.officer(), a -> a.role() == Role.OFFICER && a.marketIds().contains(m.id()));
                Stamp stamp = stamp(user, o.updatedAt());
                String key = Codecs.PRICE.keyText(new PriceCodec.Key(m.code(),
                        s.rows.commodity(o.commodityId()).code(), o.date()));
                log.add(new ChangeLogDao.Row(s.selfLocal, stamp.id().seq(), stamp.lamport(),
                        stamp.at().toEpochMilli(), user, Codecs.PRICE.entity().code(), key,
                        Codecs.PRICE.encode(PriceCodec.Value.of(o)), null, null));
                versions.add(new PriceDao.VersionOf(o.marketId(), o.commodityId(), o.date(), s.selfLocal,
                        stamp.id().seq(), stamp.lamport()));
            }
            s.rows.bulk.insertChanges(log);
            s.rows.prices.setVersions(versions);
            count += page.size();
            PriceObservation last = page.get(page.size() - 1);
            market = last.marketId();
            commodity = last.commodityId();
            day = last.date();
        }
    }

    /** The row's own user when that account may still make the change here; else the first administrator. */
    private String author(String named, java.util.function.Predicate<UserAccount> allowed) {
        Optional<UserAccount> a = accounts.computeIfAbsent(named, n -> s.rows.users.find(n));
        return a.filter(UserAccount::active).filter(x -> x.role() == Role.ADMIN || allowed.test(x))
                .map(UserAccount::username).orElse(admin);
    }
}
