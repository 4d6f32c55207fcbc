package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/**
 * One commodity's alert thresholds: key the commodity's code, value the nine numbers
 * {@code {"ref":[0,5,15],"rise":[5,10,20],"cover":[7,3,1]}} (Waspada, Siaga, Awas).
 */
public final class ThresholdCodec extends CodeKeyedCodec<ThresholdCodec.Value> {
    public static final String TABLE = "alert_threshold";

    /** The thresholds without their commodity id (which stays on this device). */
    public record Value(double refWaspada, double refSiaga, double refAwas, double riseWaspada, double riseSiaga,
                        double riseAwas, double coverWaspada, double coverSiaga, double coverAwas) {
        public Value {
            // The stored record's checks: each set of three in order.
            new AlertThresholds(0, refWaspada, refSiaga, refAwas, riseWaspada, riseSiaga, riseAwas, coverWaspada,
                    coverSiaga, coverAwas);
        }

        public static Value of(AlertThresholds t) {
            return new Value(t.refWaspada(), t.refSiaga(), t.refAwas(), t.riseWaspada(), t.riseSiaga(), t.riseAwas(),
                    t.coverWaspada(), t.coverSiaga(), t.coverAwas());
        }

        public AlertThresholds of(int commodityId) {
            return new AlertThresholds(commodityId, refWaspada, refSiaga, refAwas, riseWaspada, riseSiaga, riseAwas,
                    coverWaspada, coverSiaga, coverAwas);
        }
    }

    public ThresholdCodec() {
        super(Entity.THRESHOLD, TABLE);
    }

    @Override
    public String encode(Value v) {
        ObjectNode o = Json.object();
        o.putArray("ref").add(v.refWaspada()).add(v.refSiaga()).add(v.refAwas());
        o.putArray("rise").add(v.riseWaspada()).add(v.riseSiaga()).add(v.riseAwas());
        o.putArray("cover").add(v.coverWaspada()).add(v.coverSiaga()).add(v.coverAwas());
        return Json.text(o);
    }

    @Override
    public Value decode(String json) {
        Json.Fields f = Json.read(json);
        double[] ref = three(f, "ref");
        double[] rise = three(f, "rise");
        double[] cover = three(f, "cover");
        f.done();
        try {
            return new Value(ref[0], ref[1], ref[2], rise[0], rise[1], rise[2], cover[0], cover[1], cover[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the thresholds are out of order");
        }
    }

    private static double[] three(Json.Fields f, String name) {
        return f.numbers(name, 3);
    }

    @Override
    Optional<Value> read(Rows rows, String key) {
        return rows.thresholds.find(rows.commodity(key).id()).map(Value::of);
    }

    @Override
    void write(Rows rows, String key, Optional<Value> before, Value v, Stamp stamp) {
        rows.thresholds.put(v.of(rows.commodity(key).id()));
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<Value> before, Value after, Stamp stamp) {
        int id = rows.commodity(key).id();
        return new AuditLine(TABLE, Integer.toString(id), before.map(b -> b.of(id).toString()).orElse(null),
                after.of(id).toString());
    }

    @Override
    public Rule rule(Rows rows, String key, State<Value> before, Value value) {
        return Rule.ADMIN;
    }
}
