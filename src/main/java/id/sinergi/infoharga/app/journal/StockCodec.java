package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.StockDao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A WULANDARI stock movement: key its UUID, value {@code {"o":outlet,"c":commodity,"d":date,"k":kind,"q":"12.5",
 * "p":price,"s":source,"r":reversed-uuid}} ("r" only on a reversal, so older values encode as they always did). Its time (recorded_at, which orders a day's movements when stock is replayed) is the
 * change's, so every device replays the same stock.
 */
public final class StockCodec implements Codec<UUID, StockCodec.Value> {
    public static final String TABLE = "stock_movement";

    public record Value(String outlet, String commodity, LocalDate date, MovementKind kind, BigDecimal quantity,
                        Long unitPriceRp, String source, UUID reverses) {
        public Value(String outlet, String commodity, LocalDate date, MovementKind kind, BigDecimal quantity,
                     Long unitPriceRp, String source) {
            this(outlet, commodity, date, kind, quantity, unitPriceRp, source, null);
        }

        public Value {
            Codes.requireCode(outlet);
            Codes.requireCode(commodity);
            java.util.Objects.requireNonNull(date, "date");
            java.util.Objects.requireNonNull(kind, "kind");
            // Checks as the stored movement does (a negative quantity only for an adjustment).
            new StockMovement(UUID.randomUUID(), 0, 0, date, kind, quantity, unitPriceRp, source, "-", "-",
                    java.time.Instant.EPOCH, reverses);
            quantity = quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && outlet.equals(v.outlet) && commodity.equals(v.commodity)
                    && date.equals(v.date) && kind == v.kind && quantity.compareTo(v.quantity) == 0
                    && java.util.Objects.equals(unitPriceRp, v.unitPriceRp) && java.util.Objects.equals(source, v.source)
                    && java.util.Objects.equals(reverses, v.reverses);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(outlet, commodity, date, kind, unitPriceRp, source, reverses);
        }
    }

    @Override
    public Entity entity() {
        return Entity.STOCK;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public String keyText(UUID key) {
        return key.toString();
    }

    @Override
    public UUID key(String text) {
        return Devices.parseId(text);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("o", v.outlet());
        o.put("c", v.commodity());
        o.put("d", v.date().toString());
        o.put("k", v.kind().name());
        o.put("q", v.quantity().toPlainString());
        if (v.unitPriceRp() != null) {
            o.put("p", v.unitPriceRp());
        }
        if (v.source() != null) {
            o.put("s", v.source());
        }
        if (v.reverses() != null) {
            o.put("r", v.reverses().toString());
        }
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        MovementKind kind;
        String k = f.text("k", 12);
        try {
            kind = MovementKind.valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'k' is not a movement kind");
        }
        String r = f.optText("r", 36);
        Value v = new Value(f.text("o", 32), f.text("c", 32), f.date("d"), kind, f.decimal("q"), f.optPositive("p"),
                f.optText("s", 120), r == null ? null : Devices.parseId(r));
        f.done();
        return v;
    }

    /** The value of a stored movement, with its outlet and commodity as codes. */
    static Value of(Rows rows, StockMovement m) {
        return new Value(rows.outlet(m.outletId()).code(), rows.commodity(m.commodityId()).code(), m.date(),
                m.kind(), m.quantity(), m.unitPriceRp(), m.source(), m.reverses());
    }

    @Override
    public State<Value> state(Rows rows, UUID key) {
        return rows.stock.findVersioned(key)
                .map(s -> new State<>(Optional.of(of(rows, s.movement())), Optional.ofNullable(s.version())))
                .orElseGet(State::none);
    }

    @Override
    public void store(Rows rows, UUID key, State<Value> before, Value value, Stamp stamp) {
        StockDao.Write write = new StockDao.Write(key, rows.outlet(value.outlet()).id(),
                rows.commodity(value.commodity()).id(), value.date(), value.kind().name(), value.quantity(),
                value.unitPriceRp(), value.source(), stamp.user(), stamp.deviceName(), stamp.atUtc(),
                stamp.originLocal(), stamp.id().seq(), stamp.lamport(), value.reverses());
        if (before.value().isEmpty()) {
            rows.stock.insertWrite(write);
        } else {
            rows.stock.updateWrite(write);
        }
    }

    @Override
    public AuditLine audit(Rows rows, UUID key, Optional<Value> before, Value after, Stamp stamp) {
        return new AuditLine(TABLE, key.toString(), before.map(v -> describe(rows, v)).orElse(null),
                describe(rows, after));
    }

    @Override
    public Rule rule(Rows rows, UUID key, State<Value> before, Value value) {
        return new Rule.Outlet(value.outlet());
    }

    /** "COUNT 2:5:2025-09-01 65 @ 12000 source=Bulog" by this folder's ids, as the audit trail has always said. */
    static String describe(Rows rows, Value v) {
        StringBuilder s = new StringBuilder().append(v.kind()).append(' ').append(rows.outlet(v.outlet()).id())
                .append(':').append(rows.commodity(v.commodity()).id()).append(':').append(v.date()).append(' ')
                .append(v.quantity().toPlainString());
        if (v.unitPriceRp() != null) {
            s.append(" @ ").append(v.unitPriceRp());
        }
        if (v.source() != null) {
            s.append(" source=").append(v.source());
        }
        if (v.reverses() != null) {
            s.append(" reverses=").append(v.reverses());
        }
        return s.toString();
    }
}
