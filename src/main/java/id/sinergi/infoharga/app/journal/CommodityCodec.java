package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/**
 * A commodity: key its code, value {@code {"name":…,"variant":…,"unit":"kg","group":"BERAS","active":true,
 * "sort":10}}; the group by its code.
 */
public final class CommodityCodec extends CodeKeyedCodec<CommodityCodec.Value> {
    public static final String TABLE = "commodity";

    public record Value(String name, String variant, String unit, String group, boolean active, int sortOrder) {
        public Value {
            Codes.requireCode(group);
        }
    }

    public CommodityCodec() {
        super(Entity.COMMODITY, TABLE);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("name", v.name());
        if (v.variant() != null) {
            o.put("variant", v.variant());
        }
        o.put("unit", v.unit());
        o.put("group", v.group());
        o.put("active", v.active());
        o.put("sort", v.sortOrder());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        double sort = f.number("sort");
        if (sort != Math.rint(sort) || Math.abs(sort) > 1e6) {
            throw new IllegalArgumentException("field 'sort' is not a whole number");
        }
        Value v = new Value(f.text("name", 120), f.optText("variant", 120), f.text("unit", 20), f.text("group", 32),
                f.bool("active"), (int) sort);
        f.done();
        return v;
    }

    /** The value of a stored commodity, its group by code. */
    public static Value of(Rows rows, Commodity c) {
        return new Value(c.name(), c.variant(), c.unit(), rows.group(c.groupId()).code(), c.active(), c.sortOrder());
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.commodities.byCode(key).map(c -> of(rows, c));
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<Commodity> old = rows.commodities.byCode(key);
        Commodity next = new Commodity(old.map(Commodity::id).orElse(0), key, v.name(), v.variant(), v.unit(),
                rows.group(v.group()).id(), v.active(), v.sortOrder());
        if (old.isEmpty()) {
            rows.commodities.insert(next);
        } else {
            rows.commodities.update(next);
        }
        rows.forgetCodes();
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.commodities.byCode(key).orElseThrow().id();
        return new AuditLine(TABLE, key, before.map(b -> describe(rows, id, key, b)).orElse(null),
                describe(rows, id, key, after));
    }

    private static String describe(Rows rows, int id, String key, Value v) {
        return new Commodity(id, key, v.name(), v.variant(), v.unit(), rows.group(v.group()).id(), v.active(),
                v.sortOrder()).toString();
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
