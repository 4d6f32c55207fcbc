package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.ui.alerts.AlertsView;
import id.sinergi.infoharga.ui.dashboard.DashboardScreen;
import id.sinergi.infoharga.ui.entry.EntryView;
import id.sinergi.infoharga.ui.history.PriceHistoryView;
import id.sinergi.infoharga.ui.master.MasterDataView;
import id.sinergi.infoharga.ui.reports.ReportsView;
import id.sinergi.infoharga.ui.stock.StockEntryView;
import id.sinergi.infoharga.ui.stock.StockView;
import id.sinergi.infoharga.ui.sync.SyncView;
import id.sinergi.infoharga.ui.trend.TrendView;
import id.sinergi.infoharga.ui.users.UsersView;

import java.util.List;
import java.util.function.Function;

/** The sidebar, top to bottom (Ctrl+1 … Ctrl+0 in this order). Adding a screen is one line here. */
public final class Screens {
    /** One sidebar item: its label key and how to build its screen. */
    public record Item(String titleKey, Function<ShellServices, Screen> factory) {
    }

    /** The data exchange screen, which the shell's Ctrl+Shift+K and Ctrl+Shift+T open. */
    public static final String SYNC = "nav.sync";

    private Screens() {
    }

    public static List<Item> sidebar() {
        return List.of(
                built("nav.entry", EntryView::new),
                built("nav.history", PriceHistoryView::new),
                built("nav.stock", StockView::new),
                built("nav.stockEntry", StockEntryView::new),
                built("nav.dashboard", DashboardScreen::new),
                built("nav.trends", TrendView::new),
                built("nav.alerts", AlertsView::new),
                built("nav.reports", ReportsView::new),
                built("nav.master", MasterDataView::new),
                built("nav.users", UsersView::new),
                built(SYNC, SyncView::new));
    }

    private static Item built(String titleKey, Function<ShellServices, Screen> factory) {
        return new Item(titleKey, factory);
    }
}
