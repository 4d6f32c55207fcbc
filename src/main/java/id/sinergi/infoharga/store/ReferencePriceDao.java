package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.ReferencePrice;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(ReferencePrice.class)
public interface ReferencePriceDao {
    @SqlQuery("SELECT * FROM reference_price ORDER BY commodity_id, valid_from")
    List<ReferencePrice> all();

    @SqlQuery("SELECT * FROM reference_price WHERE commodity_id = :c ORDER BY valid_from")
    List<ReferencePrice> forCommodity(@Bind("c") int commodityId);

    /** A new reference price under its natural key {@code uid} (a UUID that travels; the id stays here). */
    @SqlUpdate("INSERT INTO reference_price (commodity_id, kind, low_rp, high_rp, regulation, valid_from, valid_to,"
            + " uid) VALUES (:commodityId, :kind, :lowRp, :highRp, :regulation, :validFrom, :validTo, :uid)")
    @GetGeneratedKeys("id")
    int insert(@BindMethods ReferencePrice price, @Bind("uid") java.util.UUID uid);

    @SqlQuery("SELECT * FROM reference_price WHERE uid = :uid")
    java.util.Optional<ReferencePrice> byUid(@Bind("uid") java.util.UUID uid);

    @SqlQuery("SELECT uid FROM reference_price WHERE id = :id")
    java.util.Optional<java.util.UUID> uidOf(@Bind("id") int id);

    @SqlUpdate("UPDATE reference_price SET commodity_id = :commodityId, kind = :kind, low_rp = :lowRp,"
            + " high_rp = :highRp, regulation = :regulation, valid_from = :validFrom, valid_to = :validTo"
            + " WHERE id = :id")
    int update(@BindMethods ReferencePrice price);

    @SqlUpdate("DELETE FROM reference_price WHERE id = :id")
    int delete(@Bind("id") int id);
}
