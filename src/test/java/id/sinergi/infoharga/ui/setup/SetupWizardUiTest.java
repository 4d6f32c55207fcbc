package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.testing.FxWait;
import javafx.scene.Node;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A new install's first run under Monocle, by keyboard only: the wizard's six steps into the logged-in shell. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SetupWizardUiTest {
    private static final String PASSWORD = "Kebun-Cabai-77";

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.showFull(stage, folder, Clock.systemDefaultZone(), c -> { });
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void replaceText(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aNewInstallIsSetUpByKeyboardAndEndsLoggedIn(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#setup-username");
        assertThat(text(robot, "#setup-step-title")).isEqualTo("Administrator");
        robot.write("kepala").type(KeyCode.TAB).write(PASSWORD).type(KeyCode.TAB).write(PASSWORD + "x")
                .type(KeyCode.ENTER);
        FxWait.until(() -> !text(robot, "#setup-message").isEmpty());
        assertThat(text(robot, "#setup-message")).startsWith("Kedua kata sandi tidak sama");
        FxWait.forFocus(robot, "#setup-repeat");
        robot.write(PASSWORD).type(KeyCode.ENTER);

        FxWait.forFocus(robot, "#setup-region");
        assertThat(text(robot, "#setup-step-title")).isEqualTo("Kabupaten dan pasar");
        // Into the list, down to the third market (Pasar Dinoyo), Space unticks it, Enter moves on.
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ENTER);

        FxWait.forFocus(robot, "#setup-cutoff");
        replaceText(robot, "11:30");
        robot.type(KeyCode.ENTER);

        FxWait.forFocus(robot, "#setup-device");
        replaceText(robot, "Laptop Pasar Dinoyo");
        robot.type(KeyCode.ENTER);

        // The demo check box has the cursor; Enter moves on without ticking it.
        FxWait.forFocus(robot, "#setup-demo");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> text(robot, "#setup-step-title").equals("Folder data dan cadangan"));
        assertThat(text(robot, "#setup-data-folder")).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(text(robot, "#setup-backup-folder")).isEqualTo(folder.resolve("backup").toAbsolutePath()
                .toString());
        // Back once with Esc and forward again: nothing was written yet.
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> text(robot, "#setup-step-title").equals("Data demo"));
        assertThat(context.accounts().setupMode()).isTrue();
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> text(robot, "#setup-step-title").equals("Folder data dan cadangan"));
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("#shell-user").tryQuery().isPresent());
        assertThat(text(robot, "#shell-user")).isEqualTo("Masuk sebagai kepala");
        Node banner = robot.lookup("#demo-banner").query();
        assertThat(banner.isVisible()).isFalse();
        assertThat(context.referenceData().catalog().findMarket("Pasar Dinoyo").orElseThrow().active()).isFalse();
        assertThat(context.alerts().reportingRules().cutoff()).isEqualTo(LocalTime.of(11, 30));
        assertThat(context.alerts().reportingRules().workingDays())
                .isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(context.device().identity().name()).isEqualTo("Laptop Pasar Dinoyo");
        assertThat(context.demo().present()).isFalse();
    }
}
