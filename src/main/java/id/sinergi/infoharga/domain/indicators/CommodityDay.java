package id.sinergi.infoharga.domain.indicators;

import java.util.List;
import java.util.Optional;

/** A commodity observed on a day: the regency figures and each reporting market's own, by market id. */
public record CommodityDay(int commodityId, String code, String name, String unit, int groupId,
                           PriceFigures regency, List<MarketFigures> markets) {
    public CommodityDay {
        markets = List.copyOf(markets);
    }

    public Optional<MarketFigures> market(int marketId) {
        return markets.stream().filter(m -> m.marketId() == marketId).findFirst();
    }
}
