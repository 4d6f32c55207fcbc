package id.sinergi.infoharga.domain.sync;

import java.util.Objects;
import java.util.UUID;

/** A change's name everywhere: its origin device and its sequence on that device (1, 2, 3… without gaps). */
public record ChangeId(UUID device, long seq) {
    public ChangeId {
        Objects.requireNonNull(device, "device");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + seq);
        }
    }

    /** "3f2a…-…#17", the form it travels in. */
    @Override
    public String toString() {
        return device + "#" + seq;
    }

    /** Reads {@link #toString()}; refuses anything else. */
    public static ChangeId parse(String text) {
        int hash = text == null ? -1 : text.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("not a change id: " + text);
        }
        return new ChangeId(Devices.parseId(text.substring(0, hash)), Long.parseLong(text.substring(hash + 1)));
    }
}
