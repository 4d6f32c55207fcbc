package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates given on the command line, yyyy-MM-dd, with an Indonesian message when they are not. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String text, String option, Messages messages) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(messages.get("cli.badDate", option, text));
        }
    }
}
