package id.sinergi.infoharga.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.domain.sync.Entity;

import java.io.IOException;
import java.time.Instant;

/**
 * One change per line of {@code changes.jsonl}: {@code {"o":origin,"s":seq,"l":lamport,"t":ms,"u":user,"e":entity,
 * "k":key,"v":{value},"b":"device#seq"}} ({@code b} left out when the change replaced none). Short names: a year of
 * twenty markets is a quarter of a million lines.
 */
public final class ChangeLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** No line of a well-formed package comes near this; a longer one is refused before it is held in memory. */
    public static final int MAX_LINE = 16 * 1024;

    private ChangeLines() {
    }

    static void write(JsonGenerator g, Change c) throws IOException {
        g.writeStartObject();
        g.writeStringField("o", c.id().device().toString());
        g.writeNumberField("s", c.id().seq());
        g.writeNumberField("l", c.lamport());
        g.writeNumberField("t", c.at().toEpochMilli());
        g.writeStringField("u", c.user());
        g.writeStringField("e", c.entity().wireName());
        g.writeStringField("k", c.key());
        g.writeFieldName("v");
        g.writeRawValue(c.value());
        if (c.base() != null) {
            g.writeStringField("b", c.base().toString());
        }
        g.writeEndObject();
    }

    /** Reads one line; {@link IllegalArgumentException} says what is wrong with it. */
    static Change read(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (n == null || !n.isObject() || n.size() > 9) {
            throw new IllegalArgumentException("not a change");
        }
        Entity entity = Entity.ofWireName(text(n, "e")).orElseThrow(
                () -> new IllegalArgumentException("unknown entity " + n.get("e")));
        JsonNode v = n.get("v");
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("field 'v' is not an object");
        }
        ChangeId base = n.hasNonNull("b") ? ChangeId.parse(text(n, "b")) : null;
        try {
            return new Change(new ChangeId(Devices.parseId(text(n, "o")), number(n, "s")), number(n, "l"),
                    Instant.ofEpochMilli(number(n, "t")), text(n, "u"), entity, text(n, "k"),
                    MAPPER.writeValueAsString(v), base);
        } catch (IOException e) {
            throw new IllegalArgumentException("field 'v' cannot be read");
        }
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' is not text");
        }
        return v.textValue();
    }

    private static long number(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
            throw new IllegalArgumentException("field '" + name + "' is not a whole number");
        }
        return v.longValue();
    }
}
