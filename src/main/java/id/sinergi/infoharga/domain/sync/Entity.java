package id.sinergi.infoharga.domain.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a change is about. {@code code} is stored in the change log (keep them: renumbering breaks old folders),
 * {@code wireName} travels in packages and to the server.
 */
public enum Entity {
    PRICE(1, "price"),
    STOCK(2, "stock"),
    MARKET(3, "market"),
    GROUP(4, "group"),
    COMMODITY(5, "commodity"),
    REFERENCE(6, "reference"),
    OUTLET(7, "outlet"),
    THRESHOLD(8, "threshold"),
    ACCOUNT(9, "account"),
    ASSIGNMENT(10, "assignment"),
    SETTING(11, "setting"),
    ACK(12, "ack"),
    DEVICE(13, "device"),
    CONFLICT(14, "conflict");

    private final int code;
    private final String wireName;

    Entity(int code, String wireName) {
        this.code = code;
        this.wireName = wireName;
    }

    public int code() {
        return code;
    }

    public String wireName() {
        return wireName;
    }

    public static Entity ofCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entity code " + code));
    }

    public static Optional<Entity> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
