package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.ui.Desktop;
import id.sinergi.infoharga.ui.common.FxTaskRunner;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven by keyboard under Monocle, as an officer would on a market morning. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EntryUiTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneId.of("Asia/Jakarta"));

    private static final String OFFICER = "petugas";

    @TempDir
    Path folder;
    private AppContext context;
    private FxTaskRunner tasks;
    private Stage stage;
    private Market market;
    private Catalog catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(folder, CLOCK, new Messages(Messages.INDONESIAN));
        catalog = context.referenceData().catalog();
        market = catalog.activeMarkets().get(0);
        // Yesterday every commodity cost Rp10.000 at the first market.
        List<MarketDayEntry.Line> lines = catalog.activeCommodities().stream()
                .map(c -> new MarketDayEntry.Line(c.id(), 10_000, List.of(), null)).toList();
        // An administrator entered yesterday; today the officer of every market logs in at the form.
        Actor admin = new Actor("kemarin", "laptop-0");
        context.accounts().createFirstAdmin(admin.username(), TestAccounts.PASSWORD, admin.device());
        context.accounts().createUser(admin, OFFICER, Role.OFFICER, TestAccounts.PASSWORD);
        context.accounts().assign(admin, OFFICER, catalog.activeMarkets().stream().map(Market::id).toList(),
                List.of());
        context.entries().save(admin, new MarketDayEntry(market.id(), TODAY.minusDays(1), lines));
        tasks = new FxTaskRunner();
        new Desktop(stage, context, catalog, tasks, Desktop.fxDialogs(stage)).show(SettingsService.Language.INDONESIAN);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField focusedField(FxRobot robot) {
        Node owner = stage.getScene().getFocusOwner();
        return owner instanceof TextField t ? t : null;
    }

    /** Logs in by keyboard as the officer, as every morning begins. */
    private void waitForGrid(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#login-username").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(OFFICER).type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        String first = catalog.activeCommodities().get(0).code();
        waitUntil(() -> robot.lookup("#price-" + first).tryQuery().map(Node::isFocused).orElse(false));
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitForDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.listTargetWindows().stream().anyMatch(w -> w != stage && w.isFocused()));
    }

    private void waitForNoDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.listTargetWindows().stream().noneMatch(w -> w != stage && w.isShowing()
                && !(w instanceof javafx.stage.PopupWindow)));
    }

    @Test
    void anOfficerFillsAMarketDayByKeyboardWithASlipAndAReasonAndSaves(FxRobot robot) throws Exception {
        waitForGrid(robot);
        int n = catalog.activeCommodities().size();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                // a digit too many: the question stops the cursor, Enter takes Rp10.000
                robot.write("100000").type(KeyCode.ENTER);
                waitForDialog(robot);
                assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                        .startsWith("Apakah maksud Anda Rp10.000?");
                robot.type(KeyCode.ENTER);
                waitForNoDialog(robot);
            } else if (i == 1) {
                // +30 % on rice: the reason "cuaca" (2) with a note
                robot.write("13000").type(KeyCode.ENTER);
                waitForDialog(robot);
                robot.type(KeyCode.DIGIT2).type(KeyCode.TAB);
                // write() sends its characters to the robot's target window, not to the focused one
                robot.targetWindow((java.util.function.Predicate<Window>) w -> w != stage && w.isFocused());
                assertThat(robot.lookup("#reason-note").queryAs(TextField.class).isFocused()).isTrue();
                robot.write("hujan");
                robot.targetWindow(stage);
                robot.type(KeyCode.ENTER);
                waitForNoDialog(robot);
            } else if (i % 2 == 0) {
                robot.write("10.100").type(KeyCode.ENTER);
            } else {
                robot.write("=");
            }
        }
        waitUntil(() -> label(robot, "#entry-progress").equals(n + " dari " + n + " terisi"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#entry-status").startsWith("Tersimpan"));

        Map<Integer, PriceObservation> stored = context.entries().marketDay(market.id(), TODAY).stream()
                .collect(Collectors.toMap(PriceObservation::commodityId, Function.identity()));
        assertThat(stored).hasSize(n);
        List<Commodity> order = new EntryOrder(catalog).commodities();
        assertThat(stored.get(order.get(0).id()).priceRp()).isEqualTo(10_000);
        assertThat(stored.get(order.get(1).id()).priceRp()).isEqualTo(13_000);
        assertThat(stored.get(order.get(1).id()).reason()).isEqualTo("cuaca: hujan");
        assertThat(stored.get(order.get(2).id()).priceRp()).isEqualTo(10_100);
        assertThat(stored.get(order.get(3).id()).priceRp()).isEqualTo(10_000);
        var audit = context.entries().auditOf(market.id(), order.get(1).id(), TODAY);
        assertThat(audit).singleElement().satisfies(a -> {
            // Recorded as the account that logged in, on this computer.
            assertThat(a.actor()).isEqualTo(OFFICER);
            assertThat(a.device()).isEqualTo(id.sinergi.infoharga.app.LocalActor.device());
            assertThat(a.oldValue()).isNull();
            assertThat(a.newValue()).isEqualTo("13000");
            assertThat(a.reason()).isEqualTo("cuaca: hujan");
        });
        // What every other screen reads: the day's figures over all markets.
        assertThat(context.entries().daySummary(TODAY).entries()).isEqualTo(n);
        assertThat(label(robot, "#status-today")).isEqualTo("Hari ini: " + n + " harga dari 1 pasar");
    }

    @Test
    void aWrongValueIsRefusedAndNeverSaved(FxRobot robot) throws Exception {
        waitForGrid(robot);
        TextField first = focusedField(robot);
        robot.write("12,5").type(KeyCode.ENTER);
        assertThat(focusedField(robot)).isSameAs(first);
        assertThat(label(robot, "#entry-message")).contains("tanpa desimal");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#entry-status").startsWith("Belum disimpan"));
        assertThat(context.entries().marketDay(market.id(), TODAY)).isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(first.getText()).isEmpty();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        waitForGrid(robot);
        robot.write("=");
        // Not interact(): the guard's dialog waits for an answer inside the event, and interact() waits for it.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForDialog(robot);
        robot.type(KeyCode.ESCAPE); // Batal
        waitForNoDialog(robot);
        assertThat(stage.isShowing()).isTrue();
        assertThat(context.entries().marketDay(market.id(), TODAY)).isEmpty();

        // Not interact(): the guard's dialog waits for an answer inside the event, and interact() waits for it.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForDialog(robot);
        robot.type(KeyCode.ENTER); // Simpan
        waitUntil(() -> !stage.isShowing());
        assertThat(context.entries().marketDay(market.id(), TODAY)).singleElement()
                .satisfies(o -> assertThat(o.priceRp()).isEqualTo(10_000));
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ComboBox<Market> marketBox(FxRobot robot) {
        return robot.lookup("#entry-market").queryAs(javafx.scene.control.ComboBox.class);
    }

    @Test
    void theMarketAndTheDayChangeByKeyboard(FxRobot robot) throws Exception {
        waitForGrid(robot);
        List<Market> markets = catalog.activeMarkets();
        String first = new EntryOrder(catalog).commodities().get(0).code();
        // Ctrl+PgDn: the next market, the cursor back in its grid.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        waitUntil(() -> markets.get(1).equals(marketBox(robot).getValue())
                && robot.lookup("#price-" + first).queryAs(TextField.class).isFocused());
        // The list says how far each market is today: the first has nothing yet.
        assertThat(marketBox(robot).getConverter().toString(markets.get(0)))
                .isEqualTo(markets.get(0).name() + "  0/" + catalog.activeCommodities().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        waitUntil(() -> markets.get(0).equals(marketBox(robot).getValue()));

        // Alt+P opens the market list; Down and Enter take the next one.
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> marketBox(robot).isShowing());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> markets.get(1).equals(marketBox(robot).getValue())
                && robot.lookup("#price-" + first).queryAs(TextField.class).isFocused());

        // Alt+T opens the calendar; Left and Enter take yesterday, a correction.
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        javafx.scene.control.DatePicker picker = robot.lookup("#entry-day")
                .queryAs(javafx.scene.control.DatePicker.class);
        waitUntil(picker::isShowing);
        robot.type(KeyCode.LEFT).type(KeyCode.ENTER);
        waitUntil(() -> TODAY.minusDays(1).equals(picker.getValue())
                && robot.lookup("#entry-correction").queryAs(Label.class).isVisible());
    }

    @Test
    void aSeventeenPercentRiseOfRiceAsksForAReason(FxRobot robot) throws Exception {
        waitForGrid(robot);
        TextField rice = focusedField(robot);
        assertThat(new EntryOrder(catalog).commodities().get(0).code()).startsWith("BERAS");
        robot.write("11700").type(KeyCode.ENTER);
        waitForDialog(robot);
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("dari Rp10.000 menjadi Rp11.700 (+17,0%)"));
        robot.type(KeyCode.ESCAPE);
        waitForNoDialog(robot);
        // No reason, no price: the cursor stays on rice and nothing is accepted.
        assertThat(focusedField(robot)).isSameAs(rice);
        assertThat(label(robot, "#entry-message")).contains("perlu alasan");
    }
}
