package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.ReportSettingsService;
import id.sinergi.infoharga.app.ReportSettingsService.ReportSettings;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The report's letterhead and signature block, edited in a small dialog (reachable from the Laporan screen; made to
 * be placed in a settings dialog later): the texts, saved together, and the logo, chosen or removed at once.
 */
public final class ReportSettingsViewModel {
    private final ReportSettingsService settings;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Actor actor;

    private final StringProperty office = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty nip = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper logo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasLogo = new ReadOnlyBooleanWrapper(false);

    public ReportSettingsViewModel(ReportSettingsService settings, Messages messages, TaskRunner tasks, Actor actor) {
        this.settings = settings;
        this.messages = messages;
        this.tasks = tasks;
        this.actor = actor;
    }

    public void load() {
        run(() -> settings.settings(), s -> {
            office.set(s.office());
            place.set(s.place());
            position.set(s.position());
            signerName.set(s.signerName());
            nip.set(s.nip());
            showLogo(s.logoFile());
        }, null);
    }

    public void save() {
        ReportSettings typed = new ReportSettings(office.get(), place.get(), position.get(), signerName.get(),
                nip.get(), null);
        run(() -> {
            settings.save(actor, typed);
            return settings.settings();
        }, s -> showLogo(s.logoFile()), messages.get("reportSettings.saved"));
    }

    public void chooseLogo(Path file) {
        if (file == null) {
            return;
        }
        run(() -> {
            settings.chooseLogo(actor, file);
            return settings.settings();
        }, s -> showLogo(s.logoFile()), messages.get("reportSettings.logo.saved", file.getFileName()));
    }

    public void removeLogo() {
        run(() -> {
            settings.removeLogo(actor);
            return settings.settings();
        }, s -> showLogo(s.logoFile()), messages.get("reportSettings.logo.removed"));
    }

    private void showLogo(String file) {
        hasLogo.set(!file.isEmpty());
        logo.set(file.isEmpty() ? messages.get("reportSettings.logo.none") : file);
    }

    private interface Call {
        ReportSettings call();
    }

    private void run(Call work, java.util.function.Consumer<ReportSettings> done, String success) {
        busy.set(true);
        tasks.run(p -> work.call(), s -> {
            busy.set(false);
            done.accept(s);
            failed.set(false);
            message.set(success == null ? "" : success);
        }, e -> {
            busy.set(false);
            failed.set(true);
            message.set(ProblemText.forUser(e, messages));
        });
    }

    public StringProperty officeProperty() {
        return office;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty nipProperty() {
        return nip;
    }

    public ReadOnlyStringProperty logoProperty() {
        return logo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasLogoProperty() {
        return hasLogo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
