package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.DeviceDao;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An administrator's decision about a device: key its id, value {@code {"name":…,"key":base64 X.509,
 * "status":"ACCEPTED"|"REVOKED","relay":false}}. It travels, so that the office's acceptance or revocation of a
 * laptop holds on every device. A device never changes its own entry this way.
 */
public final class DeviceCodec extends SmallEntityCodec<UUID, DeviceCodec.Value> {
    public static final String TABLE = "sync_device";

    public enum Status { ACCEPTED, REVOKED }

    public record Value(String name, byte[] publicKey, Status status, boolean relay) {
        public Value {
            name = DeviceIdentity.cleanName(name);
            DeviceIdentity.publicKeyOf(publicKey);
            java.util.Objects.requireNonNull(status, "status");
            publicKey = publicKey.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && name.equals(v.name) && Arrays.equals(publicKey, v.publicKey)
                    && status == v.status && relay == v.relay;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, Arrays.hashCode(publicKey), status, relay);
        }
    }

    @Override
    public Entity entity() {
        return Entity.DEVICE;
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
        o.put("name", v.name());
        o.put("key", Base64.getEncoder().encodeToString(v.publicKey()));
        o.put("status", v.status().name());
        o.put("relay", v.relay());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        Status status;
        try {
            status = Status.valueOf(f.text("status", 8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'status' is neither ACCEPTED nor REVOKED");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(f.text("key", 200));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'key' is not Base64");
        }
        Value v = new Value(f.text("name", DeviceIdentity.MAX_NAME), key, status, f.bool("relay"));
        f.done();
        return v;
    }

    @Override
    Optional<Value> read(Rows rows, UUID key) {
        return rows.devices.byDeviceId(key).filter(d -> d.publicKey() != null)
                .filter(d -> d.status().equals("ACCEPTED") || d.status().equals("REVOKED"))
                .map(d -> new Value(d.name(), d.publicKey(), Status.valueOf(d.status()), d.relay()));
    }

    @Override
    void write(Rows rows, UUID key, Optional<Value> before, Value v, Stamp stamp) {
        Optional<DeviceDao.DeviceRow> row = rows.devices.byDeviceId(key);
        if (row.isEmpty()) {
            int id = rows.devices.insert(key, v.name(), v.publicKey(), v.status().name(), v.relay(), stamp.atUtc(),
                    null);
            rows.devices.decide(id, v.status().name(), v.relay(), stamp.user(), stamp.atUtc());
        } else if (!row.get().status().equals("SELF")) {
            rows.devices.rename(row.get().id(), v.name());
            rows.devices.setKey(row.get().id(), v.publicKey());
            rows.devices.decide(row.get().id(), v.status().name(), v.relay(), stamp.user(), stamp.atUtc());
        }
    }

    @Override
    public AuditLine audit(Rows rows, UUID key, Optional<Value> before, Value after, Stamp stamp) {
        return new AuditLine(TABLE, key.toString(), before.map(DeviceCodec::describe).orElse(null), describe(after));
    }

    private static String describe(Value v) {
        return v.status() + " " + v.name() + " [" + DeviceIdentity.fingerprintOf(v.publicKey()) + "]"
                + (v.relay() ? " relay" : "");
    }

    @Override
    public Rule rule(Rows rows, UUID key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
