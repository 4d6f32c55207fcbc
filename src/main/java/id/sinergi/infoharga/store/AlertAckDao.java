package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Acknowledgements of alerts (table alert_ack, V8). */
@RegisterRowMapper(AlertAckDao.Mapper.class)
public interface AlertAckDao {
    @SqlUpdate("INSERT INTO alert_ack (alert_date, alert_key, alert_level, note, actor, device, acked_at)"
            + " VALUES (:alertDate, :alertKey, :alertLevel, :note, :actor, :device, :at)")
    void insertRow(@BindMethods AlertAcknowledgement ack, @Bind("at") OffsetDateTime at);

    default void insert(AlertAcknowledgement ack) {
        insertRow(ack, OffsetDateTime.ofInstant(ack.ackedAt(), ZoneOffset.UTC));
    }

    @SqlUpdate("UPDATE alert_ack SET alert_level = :alertLevel, note = :note, actor = :actor, device = :device,"
            + " acked_at = :at WHERE alert_date = :alertDate AND alert_key = :alertKey")
    int updateRow(@BindMethods AlertAcknowledgement ack, @Bind("at") OffsetDateTime at);

    default void update(AlertAcknowledgement ack) {
        updateRow(ack, OffsetDateTime.ofInstant(ack.ackedAt(), ZoneOffset.UTC));
    }

    @SqlQuery("SELECT * FROM alert_ack ORDER BY alert_date, alert_key")
    List<AlertAcknowledgement> all();

    @SqlQuery("SELECT * FROM alert_ack WHERE alert_date = :d ORDER BY id")
    List<AlertAcknowledgement> onDay(@Bind("d") LocalDate day);

    @SqlQuery("SELECT * FROM alert_ack WHERE alert_date = :d AND alert_key = :k")
    Optional<AlertAcknowledgement> find(@Bind("d") LocalDate day, @Bind("k") String key);

    final class Mapper implements RowMapper<AlertAcknowledgement> {
        @Override
        public AlertAcknowledgement map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AlertAcknowledgement(rs.getObject("alert_date", LocalDate.class), rs.getString("alert_key"),
                    AlertLevel.valueOf(rs.getString("alert_level")), rs.getString("note"), rs.getString("actor"),
                    rs.getString("device"), rs.getObject("acked_at", OffsetDateTime.class).toInstant());
        }
    }
}
