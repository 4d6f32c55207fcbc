package id.sinergi.infoharga.ui.common;

import java.util.List;
import java.util.Optional;

/**
 * Every question and message the application puts to the user goes through here, so that view models can be
 * tested with scripted answers. Texts arrive already translated.
 */
public interface DialogService {

    /**
     * Asks a question with a few answers; the first is the default (Enter), the last is what Escape or closing
     * the dialog means.
     *
     * @return the index of the chosen answer
     */
    int choose(String title, String question, List<String> answers);

    /** A reason picked from a short list, with an optional free text. */
    record ReasonAnswer(int choice, String note) {
    }

    /**
     * Asks for a reason from {@code choices} plus free text; the last choice ("other") needs the text.
     *
     * @return empty when the user cancelled
     */
    Optional<ReasonAnswer> askReason(String title, String question, List<String> choices, String noteLabel);

    /** A list of choices the user can select among; for small settings. Empty when cancelled. */
    Optional<Integer> pick(String title, String label, List<String> choices, int selected);

    /**
     * Asks for a few short texts at once (one field per label, pre-filled with {@code initial}).
     *
     * @return the texts in the order of the labels, or empty when the user cancelled
     */
    Optional<List<String>> askTexts(String title, String question, List<String> labels, List<String> initial);

    void showError(String title, String message);
}
