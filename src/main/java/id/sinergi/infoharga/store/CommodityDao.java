package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

/** Commodities and their groups. */
@RegisterConstructorMapper(Commodity.class)
@RegisterConstructorMapper(CommodityGroup.class)
public interface CommodityDao {
    @SqlQuery("SELECT * FROM commodity ORDER BY sort_order, id")
    List<Commodity> all();

    @SqlQuery("SELECT * FROM commodity_group ORDER BY id")
    List<CommodityGroup> groups();

    @SqlQuery("SELECT * FROM commodity WHERE code = :code")
    java.util.Optional<Commodity> byCode(@Bind("code") String code);

    @SqlQuery("SELECT * FROM commodity_group WHERE code = :code")
    java.util.Optional<CommodityGroup> groupByCode(@Bind("code") String code);

    @SqlUpdate("INSERT INTO commodity (code, name, variant, unit, group_id, active, sort_order)"
            + " VALUES (:code, :name, :variant, :unit, :groupId, :active, :sortOrder)")
    @GetGeneratedKeys("id")
    int insert(@BindMethods Commodity commodity);

    @SqlUpdate("UPDATE commodity SET code = :code, name = :name, variant = :variant, unit = :unit,"
            + " group_id = :groupId, active = :active, sort_order = :sortOrder WHERE id = :id")
    int update(@BindMethods Commodity commodity);

    @SqlUpdate("INSERT INTO commodity_group (code, name, weight, volatile_group)"
            + " VALUES (:code, :name, :weight, :volatileGroup)")
    @GetGeneratedKeys("id")
    int insertGroup(@BindMethods CommodityGroup group);

    @SqlUpdate("UPDATE commodity_group SET code = :code, name = :name, weight = :weight,"
            + " volatile_group = :volatileGroup WHERE id = :id")
    int updateGroup(@BindMethods CommodityGroup group);

    @SqlQuery("SELECT COALESCE(MAX(sort_order), 0) FROM commodity")
    int maxSortOrder();

    @SqlQuery("SELECT COUNT(*) FROM price_observation WHERE commodity_id = :id")
    long observationCount(@Bind("id") int commodityId);
}
