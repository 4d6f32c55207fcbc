package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The help texts of the command line, kept with every other text in {@code i18n/messages_*.properties} under
 * {@code cli.}: picocli asks for a key qualified by the command ({@code info-harga.admin.create.usage.description},
 * {@code info-harga.admin.create.user}) and then for the bare one ({@code usage.synopsisHeading}, {@code help}).
 * The first is kept as {@code cli.admin.create.usage.description}, the second as {@code cli.common.help}.
 */
final class CliTexts extends ResourceBundle {
    static final String PREFIX = "cli.";
    static final String COMMON = PREFIX + "common.";
    private static final String ROOT = "info-harga.";

    private final ResourceBundle messages;

    private CliTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    static ResourceBundle bundle(Messages messages) {
        return new CliTexts(messages.bundle());
    }

    /** The bundle key that keeps picocli's {@code key}. */
    static String stored(String key) {
        return key.startsWith(ROOT) ? PREFIX + key.substring(ROOT.length()) : COMMON + key;
    }

    /** The picocli key that a bundle key under {@code cli.} answers. */
    static String asked(String storedKey) {
        return storedKey.startsWith(COMMON) ? storedKey.substring(COMMON.length())
                : ROOT + storedKey.substring(PREFIX.length());
    }

    @Override
    protected Object handleGetObject(String key) {
        String stored = stored(key);
        return messages.containsKey(stored) ? messages.getString(stored) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        List<String> keys = messages.keySet().stream().filter(k -> k.startsWith(PREFIX)).map(CliTexts::asked)
                .toList();
        return Collections.enumeration(keys);
    }
}
