package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.Outlet;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(Outlet.class)
public interface OutletDao {
    @SqlQuery("SELECT * FROM outlet ORDER BY id")
    List<Outlet> all();

    @SqlQuery("SELECT * FROM outlet WHERE code = :code")
    java.util.Optional<Outlet> byCode(@org.jdbi.v3.sqlobject.customizer.Bind("code") String code);

    @SqlUpdate("INSERT INTO outlet (code, name, market_id, address, active)"
            + " VALUES (:code, :name, :marketId, :address, :active)")
    @GetGeneratedKeys("id")
    int insert(@BindMethods Outlet outlet);

    @SqlUpdate("UPDATE outlet SET code = :code, name = :name, market_id = :marketId, address = :address,"
            + " active = :active WHERE id = :id")
    int update(@BindMethods Outlet outlet);
}
