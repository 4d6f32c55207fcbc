package id.sinergi.infoharga.ui;

import javafx.scene.Node;

/** One screen of the sidebar. */
public interface Screen {
    Node view();

    /** Called each time the screen is brought to the front (e.g. to put the cursor in place). */
    default void shown() {
    }

    /**
     * Asked before the user leaves the screen or closes the window: run {@code proceed} when nothing would be
     * lost (perhaps after asking), else {@code refused}.
     */
    default void leave(Runnable proceed, Runnable refused) {
        proceed.run();
    }
}
