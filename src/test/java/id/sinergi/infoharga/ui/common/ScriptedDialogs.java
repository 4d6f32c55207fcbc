package id.sinergi.infoharga.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService that answers from a script and remembers what it was asked. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Integer> choices = new ArrayDeque<>();
    public final Deque<Optional<ReasonAnswer>> reasons = new ArrayDeque<>();
    public final Deque<Optional<List<String>>> texts = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public int choose(String title, String question, List<String> answers) {
        asked.add(question + " " + answers);
        if (choices.isEmpty()) {
            throw new AssertionError("unexpected question: " + question);
        }
        return choices.removeFirst();
    }

    @Override
    public Optional<ReasonAnswer> askReason(String title, String question, List<String> choiceLabels,
                                            String noteLabel) {
        asked.add(question + " " + choiceLabels);
        if (reasons.isEmpty()) {
            throw new AssertionError("unexpected reason question: " + question);
        }
        return reasons.removeFirst();
    }

    @Override
    public Optional<Integer> pick(String title, String label, List<String> choiceLabels, int selected) {
        asked.add(label);
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices.removeFirst());
    }

    @Override
    public Optional<List<String>> askTexts(String title, String question, List<String> labels,
                                           List<String> initial) {
        asked.add(question);
        return texts.isEmpty() ? Optional.empty() : texts.removeFirst();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
