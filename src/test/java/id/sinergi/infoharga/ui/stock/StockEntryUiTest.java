package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.testing.TestAccounts;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window under Monocle: an officer of one WULANDARI outlet logs in, opens the stock entry with Ctrl+4, is
 * offered only that outlet and the commodity it carries, types a receipt and a sale by keyboard and saves with Ctrl+S.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StockEntryUiTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;
    private Outlet outlet;
    private int medium;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desktop = DesktopUnderTest.showFull(stage, folder, CLOCK, c -> {
            Catalog catalog = c.referenceData().catalog();
            outlet = catalog.findOutlet("WLD-KEDUNGMALING").orElseThrow();
            medium = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            Actor admin = new Actor("kepala", "laptop-0");
            c.accounts().createFirstAdmin(admin.username(), TestAccounts.PASSWORD, admin.device());
            c.accounts().createUser(admin, "wulan", Role.OFFICER, TestAccounts.PASSWORD);
            c.accounts().assign(admin, "wulan", List.of(), List.of(outlet.id()));
            // Last week the outlet received rice: rice is what it carries.
            c.stock().record(admin, new StockDayEntry(outlet.id(), TODAY.minusDays(7), List.of(
                    new StockDayEntry.Line(medium, new BigDecimal("200"), "Bulog", null, null, null))));
        });
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }

    @Test
    void anOfficerRecordsAReceiptAndASaleByKeyboard(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#login-username");
        robot.write("wulan").type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-stockEntry").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#stock-entry-screen").tryQuery().isPresent());
        ComboBox<Outlet> outlets = robot.lookup("#stock-entry-screen .combo-box").queryComboBox();
        assertThat(outlets.getItems()).containsExactly(outlet);

        // The cursor is in the receipt field of the one commodity the outlet carries.
        FxWait.until(() -> robot.lookup("#stock-entry-screen .text-field").queryAll().stream()
                .anyMatch(javafx.scene.Node::isFocused));
        robot.write("50").type(KeyCode.TAB).write("Bulog").type(KeyCode.TAB).write("30").type(KeyCode.TAB)
                .write("11.500");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Label message = robot.lookup("#stock-entry-message").queryAs(Label.class);
        FxWait.until(() -> message.getText().startsWith("Tersimpan"));

        List<StockMovement> today = context.stock().dayMovements(outlet.id(), TODAY);
        assertThat(today).extracting(StockMovement::kind).containsExactlyInAnyOrder(MovementKind.RECEIPT,
                MovementKind.SALE);
        assertThat(today).allSatisfy(m -> assertThat(m.commodityId()).isEqualTo(medium));
        assertThat(today).filteredOn(m -> m.kind() == MovementKind.SALE).singleElement()
                .satisfies(m -> {
                    assertThat(m.quantity()).isEqualByComparingTo("30");
                    assertThat(m.unitPriceRp()).isEqualTo(11_500L);
                    assertThat(m.officer()).isEqualTo("wulan");
                });
        assertThat(message.getText()).isEqualTo("Tersimpan: 2 mutasi.");

        // The day's saved movements stay listed under the form, in the order saved (receipt before sale).
        FxWait.until(() -> robot.lookup("#stock-day-1").tryQuery().isPresent());
        assertThat(robot.lookup("#stock-day-0").queryAs(Label.class).getText())
                .isEqualTo("Beras Medium \u00b7 Diterima 50 kg dari Bulog");
        assertThat(robot.lookup("#stock-day-1").queryAs(Label.class).getText())
                .isEqualTo("Beras Medium \u00b7 Terjual 30 kg @ Rp11.500");
        // 200 + 50 − 30 = 220 kg on hand.
        assertThat(robot.lookup("#stock-entry-screen .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("220 kg");

        // Batalkan on the sale: a correcting movement, and the stock goes back to 250 kg.
        robot.clickOn("#stock-reverse-1");
        FxWait.until(() -> robot.listTargetWindows().stream().anyMatch(w -> w != stage && w.isFocused()));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> message.getText().startsWith("Dibatalkan"));
        List<StockMovement> after = context.stock().dayMovements(outlet.id(), TODAY);
        assertThat(after).hasSize(3).filteredOn(StockMovement::isReversal).singleElement()
                .satisfies(r -> assertThat(r.reverses()).isEqualTo(today.stream()
                        .filter(m -> m.kind() == MovementKind.SALE).findFirst().orElseThrow().id()));
        assertThat(context.stock().stockAt(outlet.id(), TODAY).lines()).singleElement()
                .satisfies(l -> assertThat(l.cover().onHand()).isEqualByComparingTo("250"));
        // The sale is shown reversed (the test's clock stands still, so the three share one time).
        FxWait.until(() -> robot.lookup("#stock-day-movements .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Beras Medium \u00b7 Terjual 30 kg @ Rp11.500 \u2013 dibatalkan")));
    }
}
