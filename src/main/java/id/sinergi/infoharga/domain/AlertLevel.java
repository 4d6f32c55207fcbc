package id.sinergi.infoharga.domain;

/** Early-warning levels, in the Indonesian words, in increasing severity. */
public enum AlertLevel {
    NORMAL("Normal"), WASPADA("Waspada"), SIAGA("Siaga"), AWAS("Awas");

    private final String label;

    AlertLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** One level higher, capped at Awas. */
    public AlertLevel raised() {
        return this == AWAS ? AWAS : values()[ordinal() + 1];
    }

    public boolean atLeast(AlertLevel other) {
        return compareTo(other) >= 0;
    }

    public static AlertLevel max(AlertLevel a, AlertLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
