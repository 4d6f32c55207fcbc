package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/** A commodity group: key its code, value {@code {"name":…,"weight":3.81,"volatile":false}}. */
public final class GroupCodec extends CodeKeyedCodec<GroupCodec.Value> {
    public static final String TABLE = "commodity_group";

    public record Value(String name, double weight, boolean volatileGroup) {
        public Value {
            if (!(weight >= 0) || Double.isInfinite(weight) || weight > 1e6) {
                throw new IllegalArgumentException("a group weight is a number of at least 0");
            }
        }

        public static Value of(CommodityGroup g) {
            return new Value(g.name(), g.weight(), g.volatileGroup());
        }
    }

    public GroupCodec() {
        super(Entity.GROUP, TABLE);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("name", v.name());
        o.put("weight", v.weight());
        o.put("volatile", v.volatileGroup());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Value v = new Value(f.text("name", 120), f.number("weight"), f.bool("volatile"));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.commodities.groupByCode(key).map(Value::of);
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<CommodityGroup> old = rows.commodities.groupByCode(key);
        CommodityGroup next = new CommodityGroup(old.map(CommodityGroup::id).orElse(0), key, v.name(), v.weight(),
                v.volatileGroup());
        if (old.isEmpty()) {
            rows.commodities.insertGroup(next);
        } else {
            rows.commodities.updateGroup(next);
        }
        rows.forgetCodes();
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.commodities.groupByCode(key).orElseThrow().id();
        return new AuditLine(TABLE, key, before.map(b -> describe(id, key, b)).orElse(null), describe(id, key, after));
    }

    private static String describe(int id, String key, Value v) {
        return new CommodityGroup(id, key, v.name(), v.weight(), v.volatileGroup()).toString();
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
