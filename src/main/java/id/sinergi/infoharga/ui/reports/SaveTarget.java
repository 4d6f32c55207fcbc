package id.sinergi.infoharga.ui.reports;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file; a seam so that the view model is tested without a file chooser. */
@FunctionalInterface
public interface SaveTarget {
    /**
     * @param extension e.g. ".xlsx"
     * @return empty when the user cancelled
     */
    Optional<Path> ask(String title, String suggestedName, String extension);
}
