package id.sinergi.infoharga.ui.history;

import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.TestAccounts;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On the entry grid F4 opens the history of the price under the cursor in its own window; Esc closes it. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PriceHistoryUiTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;
    private Stage stage;
    private Commodity first;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desktop = DesktopUnderTest.show(stage, folder, CLOCK, c -> {
            Catalog catalog = c.referenceData().catalog();
            Market market = catalog.activeMarkets().get(0);
            first = catalog.activeCommodities().get(0);
            Actor admin = new Actor("kepala", "laptop-kantor");
            c.accounts().createFirstAdmin(admin.username(), TestAccounts.PASSWORD, admin.device());
            c.accounts().createUser(admin, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            c.accounts().assign(admin, "budi", List.of(market.id()), List.of());
            // Today the first commodity was entered, then corrected.
            c.entries().save(admin, new MarketDayEntry(market.id(), TODAY,
                    List.of(new MarketDayEntry.Line(first.id(), 12_500, List.of(), null))));
            c.entries().save(admin, new MarketDayEntry(market.id(), TODAY,
                    List.of(new MarketDayEntry.Line(first.id(), 13_000, List.of(), null))));
        });
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }


    private Window historyWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#history-table") != null).findFirst().orElse(null);
    }

    @Test
    void f4OnTheGridShowsTheSavesOfThatPrice(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#login-username").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("budi").type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#price-" + first.code()).tryQuery().map(Node::isFocused).orElse(false));

        robot.type(KeyCode.F4);
        FxWait.until(() -> historyWindow(robot) != null);
        @SuppressWarnings("unchecked")
        TableView<HistoryRow> table = (TableView<HistoryRow>) historyWindow(robot).getScene().lookup("#history-table");
        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(HistoryRow::revision, HistoryRow::actor, HistoryRow::before,
                HistoryRow::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "kepala", "\u2013", "Rp12.500"),
                org.assertj.core.groups.Tuple.tuple(2, "kepala", "Rp12.500", "Rp13.000"));

        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> historyWindow(robot) == null);
        // Back on the grid, where the cursor was.
        FxWait.until(() -> robot.lookup("#price-" + first.code()).tryQuery().map(Node::isFocused).orElse(false));
    }
}
