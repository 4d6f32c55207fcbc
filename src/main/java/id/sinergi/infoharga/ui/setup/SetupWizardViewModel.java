package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.DemoDataService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.app.SetupService;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.indicators.ReportingRules;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The first run of a data folder, step by step: the administrator, the regency and its markets, the reporting
 * cut-off and working days, this device's name, demo data or not, and where the data and its backups are. Each step
 * is checked when the user moves on; nothing is written until {@link #finish()}, which creates the administrator,
 * applies the rest as that administrator and logs in.
 */
public final class SetupWizardViewModel {
    public enum Step { ADMIN, MARKETS, REPORTING, DEVICE, DEMO, FOLDER }

    /** A market in the list: watched or not, its name and kecamatan editable; {@code id} null for a new one. */
    public static final class MarketRow {
        private final Integer id;
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty kecamatan = new SimpleStringProperty("");
        private final BooleanProperty watched = new SimpleBooleanProperty(true);

        MarketRow(Integer id, String name, String kecamatan, boolean watched) {
            this.id = id;
            this.name.set(name);
            this.kecamatan.set(kecamatan == null ? "" : kecamatan);
            this.watched.set(watched);
        }

        public Integer id() {
            return id;
        }

        public StringProperty name() {
            return name;
        }

        public StringProperty kecamatan() {
            return kecamatan;
        }

        public BooleanProperty watched() {
            return watched;
        }
    }

    private final AccountService accounts;
    private final SetupService setup;
    private final DemoDataService demoData;
    private final SettingsService settings;
    private final SettingsService.Language language;
    private final Messages messages;
    private final TaskRunner tasks;
    private final String device;
    private final Path dataFolder;
    private final Path backupFolder;
    private final Consumer<Session> finished;
    private final BiConsumer<String, String> createdWithProblem;

    // ---- state ----
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.ADMIN);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final ObservableList<MarketRow> markets = FXCollections.observableArrayList();
    private final StringProperty cutoff = new SimpleStringProperty("12:00");
    private final Map<DayOfWeek, BooleanProperty> workingDays = new EnumMap<>(DayOfWeek.class);
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final IntegerProperty demoYears = new SimpleIntegerProperty(1);

    /**
     * @param finished gets the logged-in administrator's session when everything was applied
     * @param createdWithProblem gets the administrator's name and what failed after the account was created (the
     *                           desktop then asks for the log-in; the rest can be done in Data Master)
     */
    public SetupWizardViewModel(AccountService accounts, SetupService setup, DemoDataService demoData,
                                SettingsService settings, SettingsService.Language language, Messages messages,
                                TaskRunner tasks, String device, Path dataFolder, Path backupFolder,
                                Consumer<Session> finished, BiConsumer<String, String> createdWithProblem) {
        this.accounts = accounts;
        this.setup = setup;
        this.demoData = demoData;
        this.settings = settings;
        this.language = language;
        this.messages = messages;
        this.tasks = tasks;
        this.device = device;
        this.dataFolder = dataFolder;
        this.backupFolder = backupFolder;
        this.finished = finished;
        this.createdWithProblem = createdWithProblem;
        for (DayOfWeek d : DayOfWeek.values()) {
            workingDays.put(d, new SimpleBooleanProperty(d != DayOfWeek.SUNDAY));
        }
    }

    // ---- commands ----

    /** Reads what the folder proposes: its markets, cut-off, working days and device name. */
    public void load() {
        busy.set(true);
        tasks.run(p -> setup.proposal(), proposal -> {
            region.set(proposal.region());
            markets.setAll(proposal.markets().stream()
                    .map(m -> new MarketRow(m.id(), m.name(), m.kecamatan(), m.watched())).toList());
            cutoff.set(proposal.rules().cutoffText());
            workingDays.forEach((d, on) -> on.set(proposal.rules().workingDays().contains(d)));
            deviceName.set(proposal.deviceName());
            busy.set(false);
        }, failure -> {
            busy.set(false);
            message.set(messages.get("setup.loadFailed", ProblemText.forUser(failure, messages)));
        });
    }

    /** Checks this step and moves to the next one; returns whether it moved. */
    public boolean next() {
        if (busy.get() || step.get() == Step.FOLDER) {
            return false;
        }
        try {
            checkStep(step.get());
        } catch (UserInputException refusal) {
            message.set(refusal.getMessage());
            return false;
        }
        message.set("");
        step.set(Step.values()[step.get().ordinal() + 1]);
        return true;
    }

    public void back() {
        if (!busy.get() && step.get() != Step.ADMIN) {
            message.set("");
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Adds an empty, watched market at the end of the list and returns it, to be named. */
    public MarketRow addMarket() {
        MarketRow row = new MarketRow(null, "", "", true);
        markets.add(row);
        return row;
    }

    /**
     * Creates the administrator, applies the choices as that account, loads demo data when asked, and logs in. A
     * problem after the account exists does not undo it: the desktop asks for the log-in and says what failed.
     */
    public void finish() {
        if (busy.get() || step.get() != Step.FOLDER) {
            return;
        }
        SetupService.Choices choices;
        try {
            for (Step s : Step.values()) {
                checkStep(s);
            }
            choices = choices();
        } catch (UserInputException refusal) {
            message.set(refusal.getMessage());
            return;
        }
        String name = username.get().strip();
        String secret = password.get();
        boolean withDemo = demo.get();
        int years = demoYears.get();
        busy.set(true);
        message.set("");
        progress.set(-1);
        progressText.set(messages.get("setup.finish.working"));
        boolean[] created = {false};
        tasks.run(p -> {
            accounts.createFirstAdmin(name, secret, device);
            created[0] = true;
            Actor admin = accounts.login(name, secret, device);
            setup.apply(admin, choices);
            settings.setLanguage(admin, language);
            if (withDemo) {
                p.update(-1, messages.get("setup.demo.loading"));
                demoData.generate(admin, new DemoDataService.DemoRequest(years, null, 1, null),
                        line -> p.update(-1, line));
            }
            return admin;
        }, (fraction, text) -> {
            progress.set(fraction);
            progressText.set(text);
        }, admin -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            finished.accept(new Session(admin));
        }, failure -> {
            busy.set(false);
            progressText.set("");
            String text = failure instanceof UserInputException refusal ? refusal.getMessage()
                    : messages.get("setup.finish.failed", ProblemText.forUser(failure, messages));
            if (created[0]) {
                password.set("");
                repeat.set("");
                createdWithProblem.accept(name, text);
            } else {
                message.set(text);
            }
        });
    }

    private void checkStep(Step s) {
        switch (s) {
            case ADMIN -> {
                if (username.get().isBlank()) {
                    throw new UserInputException(messages.get("setup.admin.nameMissing"));
                }
                if (!password.get().equals(repeat.get())) {
                    repeat.set("");
                    throw new UserInputException(messages.get("login.repeatMismatch"));
                }
                accounts.checkNewAccount(username.get().strip(), password.get());
            }
            case MARKETS, DEVICE -> setup.check(choices());
            case REPORTING -> {
                rules();
                setup.check(choices());
            }
            case DEMO, FOLDER -> {
                if (demo.get() && (demoYears.get() < 1 || demoYears.get() > 5)) {
                    throw new UserInputException(messages.get("setup.demo.badYears"));
                }
            }
        }
    }

    private ReportingRules rules() {
        LocalTime time;
        try {
            time = LocalTime.parse(cutoff.get().strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(messages.get("setup.reporting.badCutoff", cutoff.get()));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workingDays.forEach((d, on) -> {
            if (on.get()) {
                days.add(d);
            }
        });
        return new ReportingRules(time, days);
    }

    private SetupService.Choices choices() {
        ReportingRules rules;
        try {
            rules = rules();
        } catch (UserInputException e) {
            rules = ReportingRules.DEFAULT;
        }
        List<SetupService.MarketChoice> chosen = markets.stream().map(m -> new SetupService.MarketChoice(m.id(),
                m.name().get(), m.kecamatan().get(), m.watched().get())).toList();
        return new SetupService.Choices(region.get(), chosen, rules, deviceName.get());
    }

    // ---- state for the view ----

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    /** "Langkah 2 dari 6". */
    public String stepOf(Step s) {
        return messages.get("setup.stepOf", s.ordinal() + 1, Step.values().length);
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty progressText() {
        return progressText;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty repeat() {
        return repeat;
    }

    public StringProperty region() {
        return region;
    }

    public ObservableList<MarketRow> markets() {
        return markets;
    }

    public StringProperty cutoff() {
        return cutoff;
    }

    public BooleanProperty workingDay(DayOfWeek day) {
        return workingDays.get(day);
    }

    public StringProperty deviceName() {
        return deviceName;
    }

    public BooleanProperty demo() {
        return demo;
    }

    public IntegerProperty demoYears() {
        return demoYears;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Path backupFolder() {
        return backupFolder;
    }
}
