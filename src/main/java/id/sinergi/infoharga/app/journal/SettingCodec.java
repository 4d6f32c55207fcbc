package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.sync.Entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A setting the whole regency shares (the reporting cut-off and working days, the region's name): key the
 * setting's name, value {@code {"v":"12:00"}}. The desktop's language stays on each device and never travels.
 */
public final class SettingCodec extends SmallEntityCodec<String, String> {
    public static final String TABLE = "app_setting";
    /** The settings that travel; any other key in a change is refused. */
    public static final Set<String> SHARED = Set.of("report.cutoff", "report.working_days", "region.name");

    @Override
    public Entity entity() {
        return Entity.SETTING;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public String keyText(String key) {
        return key;
    }

    @Override
    public String key(String text) {
        if (!SHARED.contains(text)) {
            throw new IllegalArgumentException("not a shared setting: " + text);
        }
        return text;
    }

    @Override
    public String encode(String value) {
        ObjectNode o = Json.object();
        o.put("v", value);
        return Json.text(o);
    }

    @Override
    public String decode(String json) {
        Json.Fields f = Json.read(json);
        String v = f.text("v", 1000);
        f.done();
        return v;
    }

    @Override
    Optional<String> read(Rows rows, String key) {
        return rows.settings.get(key);
    }

    @Override
    void write(Rows rows, String key, Optional<String> before, String value, Stamp stamp) {
        rows.settings.put(key, value);
    }

    @Override
    public AuditLine audit(Rows rows, String key, Optional<String> before, String after, Stamp stamp) {
        return new AuditLine(TABLE, key, before.orElse(null), after);
    }

    @Override
    public Rule rule(Rows rows, String key, State<String> before, String value) {
        return Rule.ADMIN;
    }
}
