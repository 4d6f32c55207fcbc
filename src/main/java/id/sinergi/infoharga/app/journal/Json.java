package id.sinergi.infoharga.app.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The values of changes as compact JSON objects, written in a fixed field order (so that equal values give equal
 * text) and read strictly: a value comes from another device, perhaps a hostile one, so every field is checked for
 * its type and range and an unknown field is refused. Problems are {@link IllegalArgumentException}s that name the
 * field.
 */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new object to fill in field order. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Parses a value; refuses anything but one JSON object. */
    public static Fields read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the value is not a JSON object");
        }
        return new Fields((ObjectNode) node);
    }

    /** The fields of one value, each read at most once; {@link #done()} refuses fields nobody read. */
    public static final class Fields {
        private final ObjectNode node;
        private final Set<String> read = new HashSet<>();

        Fields(ObjectNode node) {
            this.node = node;
        }

        private JsonNode get(String name, boolean required) {
            read.add(name);
            JsonNode v = node.get(name);
            if ((v == null || v.isNull()) && required) {
                throw new IllegalArgumentException("field '" + name + "' is missing");
            }
            return v == null || v.isNull() ? null : v;
        }

        public String text(String name, int max) {
            String s = optText(name, max);
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("field '" + name + "' is missing");
            }
            return s;
        }

        public String optText(String name, int max) {
            JsonNode v = get(name, false);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw new IllegalArgumentException("field '" + name + "' is not text");
            }
            String s = v.textValue();
            if (s.length() > max) {
                throw new IllegalArgumentException("field '" + name + "' is longer than " + max);
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t') {
                    throw new IllegalArgumentException("field '" + name + "' holds a control character");
                }
            }
            return s;
        }

        public long positive(String name) {
            Long v = optPositive(name);
            if (v == null) {
                throw new IllegalArgumentException("field '" + name + "' is missing");
            }
            return v;
        }

        public Long optPositive(String name) {
            JsonNode v = get(name, false);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() <= 0
                    || v.longValue() > 999_999_999_999L) {
                throw new IllegalArgumentException("field '" + name + "' is not a positive whole number");
            }
            return v.longValue();
        }

        public double number(String name) {
            JsonNode v = get(name, true);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException("field '" + name + "' is not a number");
            }
            return v.doubleValue();
        }

        /** Exactly {@code count} finite numbers. */
        public double[] numbers(String name, int count) {
            JsonNode v = get(name, true);
            if (!v.isArray() || v.size() != count) {
                throw new IllegalArgumentException("field '" + name + "' is not " + count + " numbers");
            }
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                JsonNode n = v.get(i);
                if (!n.isNumber() || !Double.isFinite(n.doubleValue()) || Math.abs(n.doubleValue()) > 1e9) {
                    throw new IllegalArgumentException("field '" + name + "' is not " + count + " numbers");
                }
                out[i] = n.doubleValue();
            }
            return out;
        }

        public boolean bool(String name) {
            JsonNode v = get(name, true);
            if (v.getNodeType() != JsonNodeType.BOOLEAN) {
                throw new IllegalArgumentException("field '" + name + "' is not true or false");
            }
            return v.booleanValue();
        }

        public LocalDate date(String name) {
            LocalDate d = optDate(name);
            if (d == null) {
                throw new IllegalArgumentException("field '" + name + "' is missing");
            }
            return d;
        }

        public LocalDate optDate(String name) {
            String s = optText(name, 10);
            try {
                return s == null ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field '" + name + "' is not a date");
            }
        }

        public Instant instant(String name) {
            String s = text(name, 40);
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field '" + name + "' is not a time");
            }
        }

        public BigDecimal decimal(String name) {
            String s = text(name, 24);
            try {
                BigDecimal d = new BigDecimal(s);
                if (d.scale() > 3 || d.abs().compareTo(new BigDecimal("99999999999")) > 0) {
                    throw new IllegalArgumentException("field '" + name + "' is out of range");
                }
                return d;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field '" + name + "' is not a decimal number");
            }
        }

        public List<String> texts(String name, int maxItems, int maxLength) {
            JsonNode v = get(name, false);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray() || v.size() > maxItems) {
                throw new IllegalArgumentException("field '" + name + "' is not a short list");
            }
            for (JsonNode item : v) {
                if (!item.isTextual() || item.textValue().isEmpty() || item.textValue().length() > maxLength) {
                    throw new IllegalArgumentException("field '" + name + "' holds something other than text");
                }
                out.add(item.textValue());
            }
            return out;
        }

        public List<Long> positives(String name, int maxItems) {
            JsonNode v = get(name, false);
            List<Long> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray() || v.size() > maxItems) {
                throw new IllegalArgumentException("field '" + name + "' is not a short list");
            }
            for (JsonNode item : v) {
                if (!item.isIntegralNumber() || !item.canConvertToLong() || item.longValue() <= 0
                        || item.longValue() > 999_999_999_999L) {
                    throw new IllegalArgumentException("field '" + name + "' holds something other than a price");
                }
                out.add(item.longValue());
            }
            return out;
        }

        /** Refuses the value when it holds a field that was not read. */
        public void done() {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!read.contains(name)) {
                    throw new IllegalArgumentException("unknown field '" + name + "'");
                }
            }
        }
    }

    /** Adds a list of texts when it is not empty (empty lists are left out, so that equal values read alike). */
    static void putTexts(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = node.putArray(name);
            values.forEach(a::add);
        }
    }
}
