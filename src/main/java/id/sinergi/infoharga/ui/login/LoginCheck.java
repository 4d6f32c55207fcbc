package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.Actor;

/**
 * The check behind the log-in form: the account service's, or, while the database is still opening at start-up,
 * one that waits for it first (the form is shown before the database is open).
 */
@FunctionalInterface
public interface LoginCheck {
    Actor login(String username, CharSequence password, String device);
}
