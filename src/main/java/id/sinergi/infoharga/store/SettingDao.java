package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** Small key–value settings kept with the data (cut-off time, region name, language). */
public interface SettingDao {
    @SqlQuery("SELECT setting_value FROM app_setting WHERE setting_key = :k")
    Optional<String> get(@Bind("k") String key);

    @SqlUpdate("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (:k, :v)")
    void put(@Bind("k") String key, @Bind("v") String value);
}
