package id.sinergi.infoharga.exchange;

import java.util.List;

/** Why a row's shape cannot be trusted: a message key of {@code i18n/messages} with its arguments. */
public record RowDefect(String messageKey, List<Object> args) {
    public RowDefect {
        args = List.copyOf(args);
    }

    static RowDefect of(String messageKey, Object... args) {
        return new RowDefect(messageKey, List.of(args));
    }
}
