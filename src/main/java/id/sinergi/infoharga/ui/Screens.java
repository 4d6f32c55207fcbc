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

import id.sinergi.infoharga.domain.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The sidebar, top to bottom (Ctrl+1 … Ctrl+0 in this order). Adding a screen is one line here. */
public final class Screens {
    /** One sidebar item: its label key, how to build its screen, and the roles it is for. */
    public record Item(String titleKey, Function<ShellServices, Screen> factory, Set<Role> roles) {
        public boolean isFor(Role role) {
            return roles.contains(role);
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** The economic division's and the administrators' screens: an officer enters prices and stock. */
    private static final Set<Role> OFFICE = EnumSet.of(Role.ANALYST, Role.ADMIN);

    /** The data exchange screen, which the shell's Ctrl+Shift+K and Ctrl+Shift+T open. */
    public static final String SYNC = "nav.sync";

    private Screens() {
    }

    public static List<Item> sidebar() {
        return List.of(
                built("nav.entry", EntryView::new, EVERYONE),
                built("nav.history", PriceHistoryView::new, EVERYONE),
                built("nav.stock", StockView::new, EVERYONE),
                built("nav.stockEntry", StockEntryView::new, EVERYONE),
                built("nav.dashboard", DashboardScreen::new, OFFICE),
                built("nav.trends", TrendView::new, OFFICE),
                built("nav.alerts", AlertsView::new, OFFICE),
                built("nav.reports", ReportsView::new, OFFICE),
                built("nav.master", MasterDataView::new, OFFICE),
                built("nav.users", UsersView::new, OFFICE),
                built(SYNC, SyncView::new, EVERYONE));
    }

    /** The items a role sees, in sidebar order (Ctrl+1 … follow this list, not the full one). */
    public static List<Item> sidebar(Role role) {
        return sidebar().stream().filter(i -> i.isFor(role)).toList();
    }

    private static Item built(String titleKey, Function<ShellServices, Screen> factory, Set<Role> roles) {
        return new Item(titleKey, factory, Set.copyOf(roles));
    }
}
