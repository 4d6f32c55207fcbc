package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.UserInputException;

import java.util.Optional;

/**
 * A package was refused whole: nothing of it was applied. The message says what and, for a change that may not be
 * made, which line; {@link #sender()} names the sender device when the manifest could be read.
 */
public class PackageRefusedException extends UserInputException {
    private final transient SenderInfo sender;

    public PackageRefusedException(String message, SenderInfo sender) {
        super(message);
        this.sender = sender;
    }

    public Optional<SenderInfo> sender() {
        return Optional.ofNullable(sender);
    }
}
