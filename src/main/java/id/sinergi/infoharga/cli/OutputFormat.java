package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;

import java.util.Locale;

/** How a command prints its figures: an aligned table for people, CSV or JSON for other programs. */
enum OutputFormat {
    TABLE, CSV, JSON;

    static OutputFormat parse(String text, Messages messages) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(messages.get("indicators.cli.badFormat", text));
        }
    }
}
