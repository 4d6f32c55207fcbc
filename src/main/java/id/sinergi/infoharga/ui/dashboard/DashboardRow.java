package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.CommodityDay;

/**
 * One line of the dashboard's commodity table: the day's figures as the service gave them, group and level, and
 * the ALPS of the month (null when the service has none for the commodity).
 */
public record DashboardRow(CommodityDay commodity, CommodityGroup group, AlertLevel level, AlpsResult alps) {
}
