package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Pengaturan: Simpan checks every section first (the first one with a problem is shown, with its message, and
 * nothing is written), then writes the sections that changed, one after another off the JavaFX thread, and closes.
 */
public final class SettingsViewModel {
    private final List<SettingsPart> parts;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<Actor> actor;
    private final Runnable done;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper problemAt = new ReadOnlyIntegerWrapper(-1);

    public SettingsViewModel(List<SettingsPart> parts, Messages messages, TaskRunner tasks, Supplier<Actor> actor,
                             Runnable done) {
        this.parts = List.copyOf(parts);
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
        this.done = done;
    }

    /** One line under the tabs: the problem that stopped Simpan, or why writing failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The section whose problem stopped Simpan (the view brings its tab to the front); -1 when none. */
    public ReadOnlyIntegerProperty problemAtProperty() {
        return problemAt.getReadOnlyProperty();
    }

    /** Something was typed: the problem that stopped Simpan may be gone, so its line goes. */
    public void edited() {
        if (!busy.get()) {
            message.set("");
            problemAt.set(-1);
        }
    }

    /** Simpan (Enter). */
    public void save() {
        if (busy.get()) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Optional<String> problem = parts.get(i).problem();
            if (problem.isPresent()) {
                problemAt.set(i);
                message.set(problem.get());
                return;
            }
        }
        problemAt.set(-1);
        List<SettingsPart> changed = parts.stream().filter(SettingsPart::changed).toList();
        if (changed.isEmpty()) {
            done.run();
            return;
        }
        List<SettingsPart.Save> saves = new ArrayList<>();
        changed.forEach(p -> saves.add(p.saving()));
        Actor who = actor.get();
        busy.set(true);
        message.set(messages.get("settings.saving"));
        tasks.run(p -> {
            for (SettingsPart.Save s : saves) {
                s.run(who);
            }
            return changed;
        }, written -> {
            busy.set(false);
            message.set("");
            written.forEach(SettingsPart::saved);
            done.run();
        }, e -> {
            busy.set(false);
            message.set(e instanceof UserInputException ? e.getMessage()
                    : messages.get("settings.saveFailed", String.valueOf(e.getMessage())));
        });
    }
}
