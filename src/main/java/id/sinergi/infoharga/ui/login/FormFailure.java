package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;

/** The line a form shows when its work failed: the service's own words for a refusal, a general one otherwise. */
final class FormFailure {
    private FormFailure() {
    }

    static String text(Throwable error, Messages messages) {
        if (error instanceof UserInputException refusal) {
            return refusal.getMessage();
        }
        return messages.get("login.failed", ProblemText.forUser(error, messages));
    }
}
