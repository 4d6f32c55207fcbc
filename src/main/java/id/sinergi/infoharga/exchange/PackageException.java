package id.sinergi.infoharga.exchange;

import java.util.Arrays;

/**
 * An exchange package that is refused whole: damaged, tampered with, of an unknown format, or not a package at all.
 * Carries a message key of {@code i18n/messages} (under {@code sync.package.}) and its arguments.
 */
public final class PackageException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public PackageException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public PackageException(Throwable cause, String messageKey, Object... args) {
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
