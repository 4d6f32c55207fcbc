package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.trend.TrendView;
import id.sinergi.infoharga.ui.trend.TrendViewModel;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.time.LocalDate;

/**
 * The dashboard screen of the sidebar. Opening a commodity (double-click or Enter) shows its trend in place, for
 * the dashboard's day, with a way back; the dashboard keeps its day, filters and selection meanwhile.
 */
public final class DashboardScreen implements Screen {
    private final StackPane root = new StackPane();
    private final DashboardViewModel model;
    private final DashboardView dashboard;
    private final TrendView trend;

    public DashboardScreen(ShellServices services) {
        var context = services.context();
        model = new DashboardViewModel(context.dashboard(), context.acknowledgements(), services.catalog(),
                services.messages(), services.tasks(), () -> LocalDate.now(context.clock()));
        TrendViewModel trendModel = new TrendViewModel(context.indicators(), services.catalog(),
                services.messages(), services.tasks(), () -> LocalDate.now(context.clock()));
        trend = new TrendView(trendModel, services, this::back);
        dashboard = new DashboardView(model, services.messages(), services.formats(), c -> {
            trendModel.show(c.commodityId(), model.dayProperty().get());
            root.getChildren().setAll(trend.view());
            trend.shown();
        }, (c, market) -> {
            trendModel.showMarket(c.commodityId(), model.dayProperty().get(), market);
            root.getChildren().setAll(trend.view());
            trend.shown();
        });
        root.setId("dashboard-root");
        root.getChildren().setAll(dashboard.node());
        model.showLatest();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (root.getChildren().contains(dashboard.node())) {
            dashboard.focusTable();
        }
    }

    private void back() {
        root.getChildren().setAll(dashboard.node());
        dashboard.focusTable();
    }
}
