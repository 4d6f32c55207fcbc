package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.app.Actor;

/**
 * Who is logged in to this window: made by the log-in form, handed to the shell, gone at log-out. Every change made
 * through the desktop is recorded as its {@link #actor()}.
 */
public record Session(Actor actor) {
    public Session {
        java.util.Objects.requireNonNull(actor);
    }

    public String username() {
        return actor.username();
    }
}
