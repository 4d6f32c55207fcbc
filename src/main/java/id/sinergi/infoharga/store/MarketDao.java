package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.Market;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Market.class)
public interface MarketDao {
    @SqlQuery("SELECT * FROM market ORDER BY id")
    List<Market> all();

    @SqlQuery("SELECT * FROM market WHERE id = :id")
    Optional<Market> byId(@Bind("id") int id);

    @SqlQuery("SELECT * FROM market WHERE code = :code")
    Optional<Market> byCode(@Bind("code") String code);

    @SqlUpdate("INSERT INTO market (code, name, kecamatan, market_type, active)"
            + " VALUES (:code, :name, :kecamatan, :marketType, :active)")
    @GetGeneratedKeys("id")
    int insert(@BindMethods Market market);

    @SqlUpdate("UPDATE market SET code = :code, name = :name, kecamatan = :kecamatan, market_type = :marketType,"
            + " active = :active WHERE id = :id")
    int update(@BindMethods Market market);
}
