package id.sinergi.infoharga.domain;

/**
 * The user's words, looked up by key (the app passes {@code messages::get}), so that texts built in the domain —
 * alert reasons, the daily brief — come from the message files like every other visible string.
 */
@FunctionalInterface
public interface Words {
    String get(String key, Object... args);
}
