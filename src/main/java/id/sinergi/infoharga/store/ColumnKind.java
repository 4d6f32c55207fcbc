package id.sinergi.infoharga.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How a column's values travel in a backup: each SQL type of the schema as one JSON type, read back with a strict
 * check (a number where a number belongs, a date that is a date). A backup of a table with a column of any other
 * type is refused when written, so that a new column type is noticed in the tests rather than in a restore.
 */
enum ColumnKind {
    INTEGER("INTEGER", "SMALLINT", "TINYINT", "BIGINT"),
    DECIMAL("NUMERIC", "DECIMAL", "DECFLOAT"),
    FLOAT("DOUBLE PRECISION", "REAL", "FLOAT"),
    BOOLEAN("BOOLEAN"),
    TEXT("CHARACTER VARYING", "CHARACTER", "CHARACTER LARGE OBJECT", "VARCHAR_IGNORECASE"),
    DATE("DATE"),
    TIME("TIME"),
    TIMESTAMP("TIMESTAMP"),
    TIMESTAMP_TZ("TIMESTAMP WITH TIME ZONE"),
    UUID_TEXT("UUID"),
    BINARY("BINARY VARYING", "BINARY", "BINARY LARGE OBJECT");

    private final String[] sqlTypes;

    ColumnKind(String... sqlTypes) {
        this.sqlTypes = sqlTypes;
    }

    /** The kind of an H2 {@code INFORMATION_SCHEMA.COLUMNS.DATA_TYPE}. */
    static Optional<ColumnKind> ofSqlType(String dataType) {
        String t = dataType.toUpperCase(Locale.ROOT);
        for (ColumnKind k : values()) {
            for (String s : k.sqlTypes) {
                if (s.equals(t)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** Writes column {@code i} (1-based) of the current row. */
    void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
        switch (this) {
            case INTEGER -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(v);
                }
            }
            case FLOAT -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(v);
                }
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(v);
                }
            }
            case DECIMAL -> text(out, rs.getBigDecimal(i) == null ? null : rs.getBigDecimal(i).toPlainString());
            case TEXT -> text(out, rs.getString(i));
            case DATE -> text(out, str(rs.getObject(i, LocalDate.class)));
            case TIME -> text(out, str(rs.getObject(i, LocalTime.class)));
            case TIMESTAMP -> text(out, str(rs.getObject(i, LocalDateTime.class)));
            case TIMESTAMP_TZ -> text(out, str(rs.getObject(i, OffsetDateTime.class)));
            case UUID_TEXT -> text(out, str(rs.getObject(i, UUID.class)));
            case BINARY -> {
                byte[] v = rs.getBytes(i);
                text(out, v == null ? null : Base64.getEncoder().encodeToString(v));
            }
        }
    }

    /**
     * Reads one value at the parser's current token, checking that it is of this kind.
     *
     * @throws IllegalArgumentException when it is not
     */
    Object read(JsonParser in) throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return switch (this) {
                case INTEGER -> {
                    expect(t == JsonToken.VALUE_NUMBER_INT, t);
                    yield in.getLongValue();
                }
                case FLOAT -> {
                    expect(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT, t);
                    yield in.getDoubleValue();
                }
                case BOOLEAN -> {
                    expect(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE, t);
                    yield t == JsonToken.VALUE_TRUE;
                }
                case DECIMAL -> new BigDecimal(string(in, t));
                case TEXT -> string(in, t);
                case DATE -> LocalDate.parse(string(in, t));
                case TIME -> LocalTime.parse(string(in, t));
                case TIMESTAMP -> LocalDateTime.parse(string(in, t));
                case TIMESTAMP_TZ -> OffsetDateTime.parse(string(in, t));
                case UUID_TEXT -> UUID.fromString(string(in, t));
                case BINARY -> Base64.getDecoder().decode(string(in, t));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a " + name().toLowerCase(Locale.ROOT) + ": " + in.getText(), e);
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            throw new IllegalArgumentException("number out of range: " + in.getText(), e);
        }
    }

    /** Binds a value read by {@link #read} as parameter {@code i} of an insert. */
    void bind(PreparedStatement insert, int i, Object value) throws SQLException {
        insert.setObject(i, value);
    }

    private static void expect(boolean ok, JsonToken t) {
        if (!ok) {
            throw new IllegalArgumentException("unexpected " + t);
        }
    }

    private static String string(JsonParser in, JsonToken t) throws IOException {
        expect(t == JsonToken.VALUE_STRING, t);
        return in.getText();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void text(JsonGenerator out, String s) throws IOException {
        if (s == null) {
            out.writeNull();
        } else {
            out.writeString(s);
        }
    }
}
