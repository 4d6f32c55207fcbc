package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.List;
import java.util.Optional;

/**
 * An administrator's decision on a conflict: key the change that lost ({@code device#seq}), value
 * {@code {"entity":"price","key":…,"decision":"CONFIRMED"|"REVERSED"}}. A reversal also writes the lost value
 * again as a new change of its own key; this change only records the decision, so every device lists it alike.
 */
public final class ConflictCodec extends SmallEntityCodec<ChangeId, ConflictCodec.Value> {
    public static final String TABLE = "sync_conflict";

    public enum Decision { CONFIRMED, REVERSED }

    public record Value(Entity entity, String key, Decision decision) {
        public Value {
            java.util.Objects.requireNonNull(entity, "entity");
            java.util.Objects.requireNonNull(decision, "decision");
            if (key == null || key.isEmpty() || key.length() > id.sinergi.infoharga.domain.sync.Change.MAX_KEY) {
                throw new IllegalArgumentException("a conflict names its key");
            }
        }
    }

    @Override
    public Entity entity() {
        return Entity.CONFLICT;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public String keyText(ChangeId key) {
        return key.toString();
    }

    @Override
    public ChangeId key(String text) {
        return ChangeId.parse(text);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("entity", v.entity().wireName());
        o.put("key", v.key());
        o.put("decision", v.decision().name());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Entity entity = Entity.ofWireName(f.text("entity", 16))
                .orElseThrow(() -> new IllegalArgumentException("field 'entity' is not an entity"));
        Decision decision;
        try {
            decision = Decision.valueOf(f.text("decision", 9));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'decision' is neither CONFIRMED nor REVERSED");
        }
        Value v = new Value(entity, f.text("key", id.sinergi.infoharga.domain.sync.Change.MAX_KEY), decision);
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, ChangeId key) {
        return rows.devices.byDeviceId(key.device())
                .flatMap(d -> rows.conflicts.find(d.id(), key.seq()))
                .filter(c -> c.decision() != null)
                .map(c -> new Value(Entity.ofCode(c.entity()), c.naturalKey(), Decision.valueOf(c.decision())));
    }

    @Override
    void write(Rows rows, ChangeId key, Optional<Value> before, Value v, Stamp stamp) {
        int origin = rows.devices.byDeviceId(key.device()).map(d -> d.id())
                .orElseThrow(() -> new IllegalArgumentException("unknown device " + key.device()));
        rows.conflicts.decide(origin, key.seq(), v.entity().code(), v.key(), v.decision().name(), stamp.user(),
                stamp.atUtc());
    }

    @Override
    public AuditLine audit(Rows rows, ChangeId key, Optional<Value> before, Value after, Stamp stamp) {
        return new AuditLine(TABLE, key.toString(), before.map(b -> b.decision().name()).orElse(null),
                after.decision().name() + " " + after.entity().wireName() + " " + after.key());
    }

    @Override
    public Rule rule(Rows rows, ChangeId key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
