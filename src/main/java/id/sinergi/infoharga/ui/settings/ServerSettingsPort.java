package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Actor;

import java.util.Optional;

/**
 * What the Server pusat section needs of the stored server settings (the app's ServerSettings behind it, which
 * keeps the password encrypted in the data folder): a seam, so the section is tested without a server.
 */
public interface ServerSettingsPort {
    /** The address and account stored; the password itself never comes back to the screen. */
    record Stored(String url, String user, boolean passwordStored) {
    }

    Optional<Stored> stored() throws Exception;

    /** Stores the address and account; {@code password} null keeps the one stored. */
    void save(Actor actor, String url, String user, String password) throws Exception;

    /**
     * Connects once and says in one line, in the user's words, what was reached; fails with a
     * {@link id.sinergi.infoharga.app.UserInputException} of one line when nothing was. {@code password} null uses
     * the stored one.
     */
    String test(String url, String user, String password) throws Exception;
}
