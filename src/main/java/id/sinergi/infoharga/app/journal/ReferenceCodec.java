package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.Codes;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.domain.sync.Entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reference price (HET/HAP): key its UUID (reference_price.uid), value {@code {"commodity":…,"kind":"HAP",
 * "low":…,"high":…,"regulation":…,"from":…,"to":…}}.
 */
public final class ReferenceCodec extends SmallEntityCodec<UUID, ReferenceCodec.Value> {
    public static final String TABLE = "reference_price";

    public record Value(String commodity, ReferenceKind kind, Long lowRp, long highRp, String regulation,
                        LocalDate validFrom, LocalDate validTo) {
        public Value {
            Codes.requireCode(commodity);
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(validFrom, "validFrom");
            // The stored record's checks: a range, and an end not before the start.
            new ReferencePrice(0, 0, kind, lowRp, highRp, regulation, validFrom, validTo);
        }
    }

    @Override
    public Entity entity() {
        return Entity.REFERENCE;
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
        o.put("commodity", v.commodity());
        o.put("kind", v.kind().name());
        if (v.lowRp() != null) {
            o.put("low", v.lowRp());
        }
        o.put("high", v.highRp());
        o.put("regulation", v.regulation());
        o.put("from", v.validFrom().toString());
        if (v.validTo() != null) {
            o.put("to", v.validTo().toString());
        }
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        ReferenceKind kind;
        try {
            kind = ReferenceKind.valueOf(f.text("kind", 3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'kind' is neither HET nor HAP");
        }
        Value v = new Value(f.text("commodity", 32), kind, f.optPositive("low"), f.positive("high"),
                f.text("regulation", 200), f.date("from"), f.optDate("to"));
        f.done();
        return v;
    }

    /** The value of a stored reference price, its commodity by code. */
    public static Value of(Rows rows, ReferencePrice r) {
        return new Value(rows.commodity(r.commodityId()).code(), r.kind(), r.lowRp(), r.highRp(), r.regulation(),
                r.validFrom(), r.validTo());
    }

    @Override
    Optional<Value> read(Rows rows, UUID key) {
        return rows.references.byUid(key).map(r -> of(rows, r));
    }

    @Override
    void write(Rows rows, UUID key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<ReferencePrice> old = rows.references.byUid(key);
        ReferencePrice next = new ReferencePrice(old.map(ReferencePrice::id).orElse(0),
                rows.commodity(v.commodity()).id(), v.kind(), v.lowRp(), v.highRp(), v.regulation(), v.validFrom(),
                v.validTo());
        if (old.isEmpty()) {
            rows.references.insert(next, key);
        } else {
            rows.references.update(next);
        }
    }

    @Override
    public AuditLine audit(Rows rows, UUID key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.references.byUid(key).orElseThrow().id();
        return new AuditLine(TABLE, Integer.toString(id), before.map(b -> describe(rows, id, b)).orElse(null),
                describe(rows, id, after));
    }

    private static String describe(Rows rows, int id, Value v) {
        return new ReferencePrice(id, rows.commodity(v.commodity()).id(), v.kind(), v.lowRp(), v.highRp(),
                v.regulation(), v.validFrom(), v.validTo()).toString();
    }

    @Override
    public Rule rule(Rows rows, UUID key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
