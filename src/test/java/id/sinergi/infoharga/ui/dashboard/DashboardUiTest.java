package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.DashboardDemoData;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.Desktop;
import id.sinergi.infoharga.ui.alerts.AlertRow;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.FxTaskRunner;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real shell under Monocle on three weeks of generated prices for all 20 markets: open the dashboard, pick
 * a day, open a commodity's trend from the keyboard, switch it to five years, acknowledge an alert; and the market ×
 * commodity table, where Enter on a market's price opens the commodity's trend with that market.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DashboardUiTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final LocalDate PICKED = LocalDate.of(2025, 9, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);

    private static final Actor ANALYST = new Actor("analis", "test");

    @TempDir
    static Path folder;
    private AppContext context;
    private FxTaskRunner tasks;
    private final List<String> asked = new ArrayList<>();

    /** Outside @Start, which TestFX gives only a short time. */
    @BeforeAll
    static void data() {
        try (Database db = Database.open(folder)) {
            DashboardDemoData.fill(new Store(db), TODAY.minusDays(21), TODAY, 7);
            TestAccounts.user(new Store(db), ANALYST.username(), Role.ANALYST, List.of(), List.of());
        }
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(folder, CLOCK, new Messages(Messages.INDONESIAN));
        tasks = new FxTaskRunner();
        // Already logged in: the log-in form has its own test.
        new Desktop(stage, context, context.referenceData().catalog(), tasks, m -> new NoteDialogs())
                .show(SettingsService.Language.INDONESIAN, new Session(ANALYST));
        // Monocle's headless screen is 1280×800 by default; a larger window overflows its frame buffer.
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    @Test
    void dashboardDayTrendFiveYearsAndAcknowledge(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        TableView<DashboardRow> table = robot.lookup("#dashboard-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        DatePicker day = robot.lookup("#dashboard-day").query();
        robot.clickOn(day.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("10/09/2025").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().get(0).commodity().regency().day() != null
                && PICKED.minusDays(1).equals(table.getItems().get(0).commodity().regency().day().baseDate())
                || PICKED.minusDays(2).equals(table.getItems().get(0).commodity().regency().day().baseDate()));
        assertThat(day.getValue()).isEqualTo(PICKED);

        robot.interact(table::requestFocus);
        robot.type(KeyCode.DOWN);
        DashboardRow chosen = table.getSelectionModel().getSelectedItem();
        assertThat(chosen).isNotNull();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#trend-screen").tryQuery().isPresent());
        ComboBox<?> commodity = robot.lookup("#trend-commodity").queryComboBox();
        assertThat(commodity.getValue()).isEqualTo(context.referenceData().catalog()
                .commodity(chosen.commodity().commodityId()));

        robot.clickOn("#trend-range-year_5");
        LineChart<?, ?> chart = robot.lookup("#trend-chart").query();
        // Five years start at the first stored price: the data begin three weeks before today.
        String fiveYears = "25 Agu 2025";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getTitle() != null
                && chart.getTitle().contains(fiveYears) && !chart.getData().isEmpty());
        assertThat(chart.getData().get(0).getData()).isNotEmpty();

        robot.clickOn("#nav-alerts");
        TableView<AlertRow> alerts = robot.lookup("#alerts-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !alerts.getItems().isEmpty());
        robot.interact(alerts::requestFocus);
        robot.type(KeyCode.DOWN);
        AlertRow first = alerts.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> alerts.getItems().stream()
                .anyMatch(AlertRow::acknowledged));
        Map<String, AlertAcknowledgement> stored = context.acknowledgements().onDay(TODAY);
        assertThat(stored).containsKey(AlertAcknowledgement.keyOf(first.alert()));
        assertThat(stored.get(AlertAcknowledgement.keyOf(first.alert())).note()).isEqualTo("Sudah dicek ke pasar");
        assertThat(stored.get(AlertAcknowledgement.keyOf(first.alert())).actor()).isEqualTo(ANALYST.username());
        assertThat(asked).hasSize(1);
    }

    @Test
    void enterOnAMarketsPriceOpensTheTrendWithThatMarket(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        TableView<DashboardRow> table = robot.lookup("#dashboard-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        robot.clickOn("#dashboard-tab-markets");
        TableView<DashboardRow> markets = robot.lookup("#dashboard-market-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !markets.getItems().isEmpty());
        // The columns: commodity, regency price, then one per active market in the catalog's order.
        var catalog = context.referenceData().catalog();
        assertThat(markets.getColumns()).hasSize(2 + catalog.activeMarkets().size());
        Market second = catalog.activeMarkets().get(1);
        assertThat(markets.getColumns().get(3).getUserData()).isEqualTo(second);

        // By keyboard: from the first row's regency price two cells right is the second market's price.
        robot.interact(() -> {
            markets.requestFocus();
            markets.getSelectionModel().clearAndSelect(0, markets.getColumns().get(1));
            markets.getFocusModel().focus(0, markets.getColumns().get(1));
        });
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(markets.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(markets.getColumns().get(3));
        DashboardRow row = markets.getItems().get(0);
        // The cell shows that market's price of the day.
        MarketPrice cell = (MarketPrice) markets.getColumns().get(3).getCellData(0);
        assertThat(cell.price()).isEqualTo(row.commodity().market(second.id()).orElseThrow().figures().price());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#trend-screen").tryQuery().isPresent());
        ComboBox<?> commodity = robot.lookup("#trend-commodity").queryComboBox();
        assertThat(commodity.getValue()).isEqualTo(catalog.commodity(row.commodity().commodityId()));
        ToggleButton compare = robot.lookup("#trend-mode-compare").query();
        assertThat(compare.isSelected()).isTrue();
        LineChart<?, ?> chart = robot.lookup("#trend-chart").query();
        // The regency line and the market's, named by the market.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getData().size() == 2);
        assertThat(chart.getData().get(1).getName()).isEqualTo(second.name());
        assertThat(chart.getData().get(1).getData()).isNotEmpty();

        // Back: the market table again, with the focus on it.
        robot.clickOn("#trend-back");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, markets::isFocused);
    }

    /** Answers the note question; every other dialog would be a failure of this script. */
    private final class NoteDialogs implements DialogService {
        @Override
        public int choose(String title, String question, List<String> answers) {
            throw new AssertionError("unexpected question: " + question);
        }

        @Override
        public Optional<ReasonAnswer> askReason(String title, String question, List<String> choices,
                                                String noteLabel) {
            throw new AssertionError("unexpected question: " + question);
        }

        @Override
        public Optional<Integer> pick(String title, String label, List<String> choices, int selected) {
            throw new AssertionError("unexpected question: " + label);
        }

        @Override
        public Optional<List<String>> askTexts(String title, String question, List<String> labels,
                                               List<String> initial) {
            asked.add(question);
            return Optional.of(List.of("Sudah dicek ke pasar"));
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError("unexpected error: " + message);
        }
    }
}
