package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/** A market: key its code, value {@code {"name":…,"kecamatan":…,"type":…,"active":true}}. */
public final class MarketCodec extends CodeKeyedCodec<MarketCodec.Value> {
    public static final String TABLE = "market";

    public record Value(String name, String kecamatan, String marketType, boolean active) {
        public static Value of(Market m) {
            return new Value(m.name(), m.kecamatan(), m.marketType(), m.active());
        }
    }

    public MarketCodec() {
        super(Entity.MARKET, TABLE);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("name", v.name());
        if (v.kecamatan() != null) {
            o.put("kecamatan", v.kecamatan());
        }
        if (v.marketType() != null) {
            o.put("type", v.marketType());
        }
        o.put("active", v.active());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Value v = new Value(f.text("name", 120), f.optText("kecamatan", 80), f.optText("type", 40), f.bool("active"));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.markets.byCode(key).map(Value::of);
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<Market> old = rows.markets.byCode(key);
        Market next = new Market(old.map(Market::id).orElse(0), key, v.name(), v.kecamatan(), v.marketType(),
                v.active());
        if (old.isEmpty()) {
            rows.markets.insert(next);
        } else {
            rows.markets.update(next);
        }
        rows.forgetCodes();
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.markets.byCode(key).orElseThrow().id();
        return new AuditLine(TABLE, key, before.map(b -> describe(id, key, b)).orElse(null), describe(id, key, after));
    }

    /** The audit trail's words: the stored record as it prints (with this folder's id). */
    private static String describe(int id, String key, Value v) {
        return new Market(id, key, v.name(), v.kecamatan(), v.marketType(), v.active()).toString();
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
