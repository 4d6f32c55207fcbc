package id.sinergi.infoharga.ui.settings;

import javafx.scene.Node;

import java.util.function.Supplier;

/** One tab of Pengaturan: its id (for tests and the look), its title, its part, and how its fields are built. */
public record SettingsSection(String id, String title, SettingsPart part, Supplier<Node> view) {
}
