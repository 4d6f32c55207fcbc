package id.sinergi.infoharga.testing;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waiting in TestFX tests for what the real window does in the background: a condition, or the keyboard focus. */
public final class FxWait {
    private FxWait() {
    }

    /** Until {@code condition} holds (at most 20 s), then until the JavaFX events it caused are handled. */
    public static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Until the node with this CSS id ({@code #name}) has the keyboard focus. */
    public static void forFocus(FxRobot robot, String id) throws Exception {
        until(() -> focused(robot, id));
    }

    /**
     * Until the node with this CSS id is its scene's focus owner: the cursor is there, whether or not the platform
     * has yet told the window that it has the focus (after another test's window closed, Monocle may tell it late).
     */
    public static void forFocusOwner(FxRobot robot, String id) throws Exception {
        until(() -> robot.lookup(id).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n).orElse(false));
    }

    public static boolean focused(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isFocused).orElse(false);
    }
}
