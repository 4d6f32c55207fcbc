package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** The alert thresholds per commodity (table alert_threshold, seeded by V4 from the group defaults). */
@RegisterConstructorMapper(AlertThresholds.class)
public interface ThresholdDao {
    @SqlQuery("SELECT * FROM alert_threshold ORDER BY commodity_id")
    List<AlertThresholds> all();

    @SqlQuery("SELECT * FROM alert_threshold WHERE commodity_id = :c")
    Optional<AlertThresholds> find(@Bind("c") int commodityId);

    @SqlUpdate("MERGE INTO alert_threshold (commodity_id, ref_waspada, ref_siaga, ref_awas, rise_waspada,"
            + " rise_siaga, rise_awas, cover_waspada, cover_siaga, cover_awas) KEY (commodity_id) VALUES"
            + " (:commodityId, :refWaspada, :refSiaga, :refAwas, :riseWaspada, :riseSiaga, :riseAwas,"
            + " :coverWaspada, :coverSiaga, :coverAwas)")
    void put(@BindMethods AlertThresholds thresholds);
}
