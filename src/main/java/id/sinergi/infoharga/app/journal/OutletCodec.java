package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/** A WULANDARI outlet: key its code, value {@code {"name":…,"market":"KEMLAGI","address":…,"active":true}}. */
public final class OutletCodec extends CodeKeyedCodec<OutletCodec.Value> {
    public static final String TABLE = "outlet";

    public record Value(String name, String market, String address, boolean active) {
        public Value {
            if (market != null) {
                Codes.requireCode(market);
            }
        }
    }

    public OutletCodec() {
        super(Entity.OUTLET, TABLE);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("name", v.name());
        if (v.market() != null) {
            o.put("market", v.market());
        }
        if (v.address() != null) {
            o.put("address", v.address());
        }
        o.put("active", v.active());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Value v = new Value(f.text("name", 120), f.optText("market", 32), f.optText("address", 200), f.bool("active"));
        f.done();
        return v;
    }

    /** The value of a stored outlet, its market by code. */
    public static Value of(Rows rows, Outlet o) {
        return new Value(o.name(), o.marketId() == null ? null : rows.market(o.marketId()).code(), o.address(),
                o.active());
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.outlets.byCode(key).map(o -> of(rows, o));
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<Outlet> old = rows.outlets.byCode(key);
        Outlet next = new Outlet(old.map(Outlet::id).orElse(0), key, v.name(),
                v.market() == null ? null : rows.market(v.market()).id(), v.address(), v.active());
        if (old.isEmpty()) {
            rows.outlets.insert(next);
        } else {
            rows.outlets.update(next);
        }
        rows.forgetCodes();
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.outlets.byCode(key).orElseThrow().id();
        return new AuditLine(TABLE, key, before.map(b -> describe(rows, id, key, b)).orElse(null),
                describe(rows, id, key, after));
    }

    private static String describe(Rows rows, int id, String key, Value v) {
        return new Outlet(id, key, v.name(), v.market() == null ? null : rows.market(v.market()).id(), v.address(),
                v.active()).toString();
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
