package id.sinergi.infoharga.app.sync;

/**
 * A package from a device this folder has not accepted (first sight, or still waiting): nothing was applied. The
 * device is now listed as waiting; an administrator compares its fingerprint and accepts it, then the package is
 * read again.
 */
public final class DeviceNotAcceptedException extends PackageRefusedException {
    public DeviceNotAcceptedException(String message, SenderInfo sender) {
        super(message, sender);
    }
}
