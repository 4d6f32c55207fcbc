package id.sinergi.infoharga.ui.reports;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file; a seam so that the view model is tested without a file chooser. */
@FunctionalInterface
public interface SaveTarget {
    /**
     * @param extension e.g. ".xlsx"
     * @return empty when the user cancelled; a file that exists was confirmed for replacing by the chooser
     */
    Optional<Path> ask(String title, String suggestedName, String extension);

    /**
     * Asks whether to replace {@code file}, which exists and which the chooser did not ask about (the view model
     * added the extension to the chosen name). No by default.
     */
    default boolean confirmReplace(Path file) {
        return false;
    }
}
