package id.sinergi.infoharga.report;

/**
 * The words of a report in the user's language, by message key ({@code report.*} in i18n/messages). The app
 * passes {@code messages::get}, so the writers need nothing of the app layer.
 */
@FunctionalInterface
public interface Labels {
    String get(String key, Object... args);
}
