package id.sinergi.infoharga.app;

import java.util.List;

/** An import with problems in its rows: nothing was stored. The message lists every problem, one per line. */
public final class ImportRejectedException extends UserInputException {
    private final List<String> problems;

    public ImportRejectedException(List<String> problems, String summary) {
        super(String.join(System.lineSeparator(), problems) + System.lineSeparator() + summary);
        this.problems = List.copyOf(problems);
    }

    /** The problems as shown to the user, "baris 7: ..." each. */
    public List<String> problems() {
        return problems;
    }
}
