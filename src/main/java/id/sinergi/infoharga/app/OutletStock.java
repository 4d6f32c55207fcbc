package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.StockSeries.StockDay;

import java.time.LocalDate;
import java.util.List;

/** A WULANDARI outlet's stock at the end of a day, one line per commodity it has moved. */
public record OutletStock(Outlet outlet, LocalDate date, List<Line> lines) {
    public OutletStock {
        lines = List.copyOf(lines);
    }

    /**
     * One commodity: its cover (stock, mean daily outflow, days of cover, level), the outlet's latest selling
     * price (null before any priced sale), the regency market price that day (null when nobody reported) and
     * the stock at the end of each of the last {@link DashboardService#STOCK_DAYS} days.
     */
    public record Line(Commodity commodity, StockCover cover, Long outletPriceRp, Double regencyPriceRp,
                       List<StockDay> lastDays) {
        public Line {
            lastDays = List.copyOf(lastDays);
        }

        /** (outlet − regency)/regency × 100: how much cheaper (negative) the outlet sells; null when unknown. */
        public Double priceGapPct() {
            return outletPriceRp == null || regencyPriceRp == null ? null
                    : (outletPriceRp - regencyPriceRp) * 100 / regencyPriceRp;
        }
    }
}
