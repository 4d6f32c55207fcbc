package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.sync.Entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An analyst's acknowledgement of one alert of one day: key {@code yyyy-mm-dd|ALERTKEY}, value
 * {@code {"level":"SIAGA","note":…}}; who and when come from the change.
 */
public final class AckCodec extends SmallEntityCodec<AckCodec.Key, AckCodec.Value> {
    public static final String TABLE = "alert_ack";

    public record Key(LocalDate day, String alertKey) {
        public Key {
            java.util.Objects.requireNonNull(day, "day");
            if (alertKey == null || alertKey.isBlank() || alertKey.length() > 180 || alertKey.contains("|")) {
                throw new IllegalArgumentException("not an alert key: " + alertKey);
            }
        }
    }

    public record Value(AlertLevel level, String note) {
        public Value {
            java.util.Objects.requireNonNull(level, "level");
            if (note == null || note.isBlank() || note.length() > AlertAcknowledgement.MAX_NOTE) {
                throw new IllegalArgumentException("an acknowledgement needs a short note");
            }
        }
    }

    @Override
    public Entity entity() {
        return Entity.ACK;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public String keyText(Key key) {
        return key.day() + "|" + key.alertKey();
    }

    @Override
    public Key key(String text) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("an acknowledgement key is DATE|ALERT");
        }
        try {
            return new Key(LocalDate.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the acknowledgement key's date is not a date");
        }
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.put("level", v.level().name());
        o.put("note", v.note());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        AlertLevel level;
        try {
            level = AlertLevel.valueOf(f.text("level", 8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'level' is not an alert level");
        }
        Value v = new Value(level, f.text("note", AlertAcknowledgement.MAX_NOTE));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, Key key) {
        return rows.acks.find(key.day(), key.alertKey()).map(a -> new Value(a.alertLevel(), a.note()));
    }

    @Override
    void write(Rows rows, Key key, Optional<Value> before, Value v, Stamp stamp) {
        AlertAcknowledgement ack = new AlertAcknowledgement(key.day(), key.alertKey(), v.level(), v.note(),
                stamp.user(), stamp.deviceName(), stamp.at());
        if (rows.acks.find(key.day(), key.alertKey()).isPresent()) {
            rows.acks.update(ack);
        } else {
            rows.acks.insert(ack);
        }
    }

    @Override
    public AuditLine audit(Rows rows, Key key, Optional<Value> before, Value after, Stamp stamp) {
        return new AuditLine(TABLE, key.day() + ":" + key.alertKey(),
                before.map(b -> b.level().name() + " " + b.note()).orElse(null),
                after.level().name() + " " + after.note());
    }

    @Override
    public Rule rule(Rows rows, Key key, State<Value> before, Value value) {
        return Rule.ANALYST;
    }
}
