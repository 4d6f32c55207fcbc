package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.alerts.AlertsView;
import id.sinergi.infoharga.ui.common.FxDialogService;
import id.sinergi.infoharga.ui.common.FxTaskRunner;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.dashboard.DashboardScreen;
import id.sinergi.infoharga.ui.stock.StockView;
import id.sinergi.infoharga.ui.trend.TrendView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Shows one screen alone, at the size it gets in the 1366×768 shell (without the 190 px sidebar), for looking at
 * it under Xvfb without waiting for the shell's first screen: args
 * {@code <data folder> dashboard|trend|alerts|stock|stockentry|users|history|master [user [en]]} (the user name
 * matters for screens that check the role; {@code history USER MARKET COMMODITY DAY} shows one price at once).
 */
public final class ScreenPreview {
    private ScreenPreview() {
    }

    /** Application subclasses cannot be the main class on the class path ("runtime components missing"). */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        Path folder = Path.of(getParameters().getRaw().get(0));
        String which = getParameters().getRaw().get(1);
        List<String> raw = getParameters().getRaw();
        // Optional: the account to act as (the master-data screen is read-only for anyone but an administrator)
        // and the language ("en").
        String user = raw.size() > 2 ? raw.get(2) : "pratinjau";
        Messages messages = new Messages(raw.size() > 3 && raw.get(3).equals("en") ? java.util.Locale.ENGLISH
                : Messages.INDONESIAN);
        AppContext context = new AppContext(folder, Clock.systemDefaultZone(), messages);
        FxTaskRunner tasks = new FxTaskRunner();
        ShellServices services = new ShellServices(context, context.referenceData().catalog(), messages,
                new Formats(messages.locale(), ZoneId.systemDefault()), tasks,
                new FxDialogService(() -> stage, messages),
                new id.sinergi.infoharga.ui.Session(new id.sinergi.infoharga.app.Actor(user, "preview")), () -> { });
        Screen screen = switch (which) {
            case "trend" -> new TrendView(services);
            case "alerts" -> new AlertsView(services);
            case "stock" -> new StockView(services);
            case "stockentry" -> new id.sinergi.infoharga.ui.stock.StockEntryView(services);
            case "users" -> new id.sinergi.infoharga.ui.users.UsersView(services);
            case "history" -> {
                // history USER MARKET COMMODITY DAY shows one price's saves at once
                var history = new id.sinergi.infoharga.ui.history.PriceHistoryView(services);
                if (raw.size() > 5) {
                    var catalog = services.catalog();
                    history.model().show(catalog.findMarket(raw.get(3)).orElseThrow(),
                            catalog.findCommodity(raw.get(4)).orElseThrow(), java.time.LocalDate.parse(raw.get(5)));
                }
                yield history;
            }
            case "master" -> new id.sinergi.infoharga.ui.master.MasterDataView(services);
            default -> new DashboardScreen(services);
        };
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1176, 740);
        scene.getStylesheets().add(ScreenPreview.class.getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("preview " + which);
        stage.show();
        screen.shown();
        stage.setOnHidden(e -> context.close());
    }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
