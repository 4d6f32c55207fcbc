package id.sinergi.infoharga.exchange;

import java.util.Arrays;

/**
 * A price file that cannot be read at all (wrong format, damaged, a zip bomb, missing columns). Carries a message
 * key of {@code i18n/messages} and its arguments, so the layer above words it in the user's language.
 */
public final class PriceFileException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public PriceFileException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public PriceFileException(Throwable cause, String messageKey, Object... args) {
        this(messageKey, args);
        initCause(cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
