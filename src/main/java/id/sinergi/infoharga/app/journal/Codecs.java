package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.sync.Entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The codec of every entity that travels (they hold no state, so one of each serves every journal). */
public final class Codecs {
    public static final PriceCodec PRICE = new PriceCodec();
    public static final StockCodec STOCK = new StockCodec();
    public static final MarketCodec MARKET = new MarketCodec();
    public static final GroupCodec GROUP = new GroupCodec();
    public static final CommodityCodec COMMODITY = new CommodityCodec();
    public static final ReferenceCodec REFERENCE = new ReferenceCodec();
    public static final OutletCodec OUTLET = new OutletCodec();
    public static final ThresholdCodec THRESHOLD = new ThresholdCodec();
    public static final AccountCodec ACCOUNT = new AccountCodec();
    public static final AssignmentCodec ASSIGNMENT = new AssignmentCodec();
    public static final SettingCodec SETTING = new SettingCodec();
    public static final AckCodec ACK = new AckCodec();
    public static final DeviceCodec DEVICE = new DeviceCodec();
    public static final ConflictCodec CONFLICT = new ConflictCodec();

    private static final Map<Entity, Codec<?, ?>> BY_ENTITY = new EnumMap<>(Entity.class);

    static {
        for (Codec<?, ?> c : all()) {
            BY_ENTITY.put(c.entity(), c);
        }
        if (BY_ENTITY.size() != Entity.values().length) {
            throw new IllegalStateException("an entity without its codec");
        }
    }

    private Codecs() {
    }

    public static List<Codec<?, ?>> all() {
        return List.of(PRICE, STOCK, MARKET, GROUP, COMMODITY, REFERENCE, OUTLET, THRESHOLD, ACCOUNT, ASSIGNMENT,
                SETTING, ACK, DEVICE, CONFLICT);
    }

    public static Codec<?, ?> of(Entity entity) {
        return BY_ENTITY.get(entity);
    }
}
