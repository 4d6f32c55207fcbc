package id.sinergi.infoharga.ui.users;

import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.testing.TestAccounts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator logs in, opens Pengguna, creates an officer and assigns a market, by keyboard under Monocle. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class UsersUiTest {
    private static final String ADMIN = "kepala";
    private static final String OFFICER_PASSWORD = "Pasar-Niaga-2025";

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;
    private Market niaga;

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.show(stage, folder, Clock.systemDefaultZone(), c -> {
            c.accounts().createFirstAdmin(ADMIN, TestAccounts.PASSWORD, "pc");
            niaga = c.referenceData().catalog().findMarket("NIAGA-MJS").orElseThrow();
        });
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }



    /** Waits for the message line, and on a time-out fails showing what it said instead. */
    private static void waitForMessage(FxRobot robot, String start) throws Exception {
        try {
            FxWait.until(() -> message(robot).startsWith(start));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(message(robot)).as("message line").startsWith(start);
        }
    }

    private static void focus(FxRobot robot, String id) throws Exception {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
        FxWait.forFocus(robot, id);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#users-message").queryAs(Label.class).getText();
    }

    @Test
    void anAdministratorCreatesAnOfficerAndAssignsAMarket(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#login-username");
        robot.write(ADMIN).type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-users").tryQuery().isPresent());
        // Fired rather than clicked, as in LoginUiTest: the sidebar buttons take no focus.
        ToggleButton nav = robot.lookup("#nav-users").queryAs(ToggleButton.class);
        robot.interact(nav::fire);
        FxWait.until(() -> robot.lookup("#users-table").tryQuery().isPresent()
                && robot.lookup("#users-table").queryTableView().getItems().size() == 1);

        // Under Monocle the robot's clicks did not reliably arrive (see LoginUiTest): focus is put, keys are typed.
        focus(robot, "#users-new-name");
        // Name, Tab to the role (officer already), Tab to the password, Tab to its repeat, Enter creates.
        robot.write("budi").type(KeyCode.TAB).type(KeyCode.TAB).write("pendek").type(KeyCode.TAB).write("pendek")
                .type(KeyCode.ENTER);
        waitForMessage(robot, "Kata sandi terlalu pendek: minimal 8 karakter.");
        assertThat(context.accounts().account("budi")).isEmpty();

        focus(robot, "#users-new-password");
        robot.write(OFFICER_PASSWORD).type(KeyCode.TAB).write(OFFICER_PASSWORD)
                .type(KeyCode.ENTER);
        waitForMessage(robot, "Akun budi (Petugas pasar) dibuat.");
        assertThat(context.accounts().account("budi")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.OFFICER);
            assertThat(a.marketIds()).isEmpty();
        });

        // The new account is selected: its markets are on the right. Down to the market, Space ticks it.
        ListView<Choice> markets = robot.lookup("#users-markets").queryListView();
        int index = markets.getItems().stream().map(Choice::id).toList().indexOf(niaga.id());
        focus(robot, "#users-markets");
        robot.interact(() -> markets.getFocusModel().focus(0));
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markets.getItems().stream().filter(c -> c.checked().get()).map(Choice::id))
                .containsExactly(niaga.id());
        Button save = robot.lookup("#users-assign-save").queryButton();
        assertThat(save.isDisabled()).isFalse();
        robot.interact(save::fire);
        waitForMessage(robot, "Penugasan budi disimpan: 1 pasar, 0 gerai.");

        UserAccount budi = context.accounts().account("budi").orElseThrow();
        assertThat(budi.marketIds()).containsExactly(niaga.id());
        assertThat(budi.outletIds()).isEmpty();
        assertThat(context.accounts().login("budi", OFFICER_PASSWORD, "hp").username()).isEqualTo("budi");
    }
}
