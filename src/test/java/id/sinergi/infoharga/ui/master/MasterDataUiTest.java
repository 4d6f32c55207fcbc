package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window under Monocle: an administrator logs in, opens Data Master, adds a market and a reference price
 * by keyboard, and the entry screen then offers the new market.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MasterDataUiTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneId.of("Asia/Jakarta"));
    private static final String ADMIN = "kepala";

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.showFull(stage, folder, CLOCK,
                c -> c.accounts().createFirstAdmin(ADMIN, TestAccounts.PASSWORD, "laptop-0"));
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }


    /** Waits for the screen's message; a wrong one ends the test with what it said. */
    private static void waitForMessage(FxRobot robot, String start) throws Exception {
        try {
            FxWait.until(() -> message(robot).startsWith(start));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("message was: " + message(robot) + " / focus "
                    + robot.listTargetWindows().get(0).getScene().getFocusOwner(), e);
        }
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#master-message").queryAs(Label.class).getText();
    }

    @Test
    void anAdministratorAddsAMarketAndAReferencePrice(FxRobot robot) throws Exception {
        FxWait.until(() -> FxWait.focused(robot, "#login-username"));
        robot.write(ADMIN).type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-master").tryQuery().isPresent());
        // Ctrl+9: Data Master is the ninth screen of the sidebar.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        FxWait.until(() -> FxWait.focused(robot, "#master-market-name"));
        assertThat(robot.lookup("#master-read-only").query().isVisible()).isFalse();

        // Alt+T: a new market; the code field is first, Tab moves on, Enter saves.
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        FxWait.until(() -> FxWait.focused(robot, "#master-market-code"));
        robot.write("SOOKO").type(KeyCode.TAB).write("Pasar Sooko").type(KeyCode.TAB).write("Sooko")
                .type(KeyCode.TAB).write("Pasar Desa").type(KeyCode.ENTER);
        waitForMessage(robot, "Tersimpan");
        assertThat(message(robot)).isEqualTo("Tersimpan: Pasar Sooko.");
        Catalog catalog = context.referenceData().catalog();
        assertThat(catalog.findMarket("SOOKO")).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Pasar Sooko");
            assertThat(m.kecamatan()).isEqualTo("Sooko");
            assertThat(m.marketType()).isEqualTo("Pasar Desa");
            assertThat(m.active()).isTrue();
        });

        // The reference price tab (Ctrl+Tab twice), a new HET for Beras SPHP, which has none yet.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.CONTROL);
        FxWait.until(() -> FxWait.focused(robot, "#master-reference-commodity"));
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        FxWait.until(() -> FxWait.focused(robot, "#master-reference-commodity"));
        Commodity sphp = catalog.findCommodity("BERAS-SPHP").orElseThrow();
        int index = catalog.commodities().indexOf(sphp);
        @SuppressWarnings("unchecked")
        ComboBox<Commodity> commodityBox = robot.lookup("#master-reference-commodity").queryAs(ComboBox.class);
        robot.type(KeyCode.F4);
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> sphp.equals(commodityBox.getValue()));
        // Kind stays HET; no lower end; the price as typed on paper; the regulation; valid from 1 Jan 2025.
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("12.500").type(KeyCode.TAB)
                .write("Perbadan 2/2025").type(KeyCode.TAB).write("1/1/2025").type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitForMessage(robot, "Tersimpan: Perbadan 2/2025.");
        ReferencePrice added = context.referenceData().catalog().referenceOn(sphp.id(), TODAY).orElseThrow();
        assertThat(added.kind()).isEqualTo(ReferenceKind.HET);
        assertThat(added.highRp()).isEqualTo(12_500);
        assertThat(added.lowRp()).isNull();
        assertThat(added.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(added.validTo()).isNull();
        assertThat(context.referenceData().catalog().referencePrices()).hasSize(catalog.referencePrices().size() + 1);

        // The entry screen, built again from the new master data, offers the new market.
        robot.clickOn("#nav-entry");
        FxWait.until(() -> robot.lookup("#entry-market").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Market> markets = robot.lookup("#entry-market").queryAs(ComboBox.class);
        assertThat(markets.getItems()).extracting(Market::code).contains("SOOKO");
    }
}
