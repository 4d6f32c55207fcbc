package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.BackupGenerations;
import id.sinergi.infoharga.app.LocalActor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService.Language;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.FxDialogService;
import id.sinergi.infoharga.ui.common.TaskRunner;
import id.sinergi.infoharga.ui.help.HelpView;
import id.sinergi.infoharga.ui.help.HelpViewModel;
import id.sinergi.infoharga.ui.login.ChangePasswordDialog;
import id.sinergi.infoharga.ui.login.ChangePasswordViewModel;
import id.sinergi.infoharga.ui.login.LoginView;
import id.sinergi.infoharga.ui.login.LoginViewModel;
import id.sinergi.infoharga.ui.setup.SetupWizardView;
import id.sinergi.infoharga.ui.setup.SetupWizardViewModel;
import id.sinergi.infoharga.ui.setup.StartFromPackageViewModel;
import id.sinergi.infoharga.ui.settings.GeneralSettingsView;
import id.sinergi.infoharga.ui.settings.GeneralSettingsViewModel;
import id.sinergi.infoharga.ui.sync.ServerSide;
import id.sinergi.infoharga.ui.settings.ServerSettingsView;
import id.sinergi.infoharga.ui.settings.ServerSettingsViewModel;
import id.sinergi.infoharga.ui.settings.SettingsSection;
import id.sinergi.infoharga.ui.settings.SettingsView;
import id.sinergi.infoharga.ui.settings.SettingsViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The desktop around the shell: the log-in form (or, in set-up mode, the set-up wizard) in front of
 * it, the shell in the chosen language for the logged-in {@link Session}, log-out back to the form, the guard on
 * closing the window, and everything rebuilt when the language changes.
 */
public final class Desktop {
    /** Set by installer/Package.java for its class-list training run: close once the first form is shown. */
    static final String CDS_TRAINING = "infoharga.cdsTraining";
    private final Stage stage;
    private final AppContext context;
    /** The master data the next shell starts from: the latest one a shell has read. */
    private Catalog catalog;
    private final TaskRunner tasks;
    private final Function<Messages, DialogService> dialogsFor;
    private final String device;
    private boolean formShownLogged;
    private Messages messages;
    private Language language;
    private MainWindow window;

    public Desktop(Stage stage, AppContext context, Catalog catalog, TaskRunner tasks,
                   Function<Messages, DialogService> dialogsFor) {
        this(stage, context, catalog, tasks, dialogsFor, false);
    }

    /** {@code formShown}: an {@link EarlyLogin} already showed the process's first form. */
    public Desktop(Stage stage, AppContext context, Catalog catalog, TaskRunner tasks,
                   Function<Messages, DialogService> dialogsFor, boolean formShown) {
        this.formShownLogged = formShown;
        this.stage = stage;
        this.context = context;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogsFor = dialogsFor;
        this.device = LocalActor.device();
    }

    /** The real dialogs, owned by {@code stage}. */
    public static Function<Messages, DialogService> fxDialogs(Stage stage) {
        return m -> new FxDialogService(() -> stage, m);
    }

    /** Asks who is there: the first administrator's form while the folder has no account, else the log-in form. */
    public void show(Language chosen) {
        useLanguage(chosen);
        tasks.run(p -> context.accounts().setupMode(), setupMode -> {
            if (setupMode) {
                showSetupWizard();
            } else {
                showLogin("", "");
            }
        }, error -> dialogsFor.apply(messages).showError(messages.get("app.title"),
                messages.get("login.failed", ProblemText.forUser(error, messages))));
    }

    /** The shell for an account that has logged in. */
    public void show(Language chosen, Session session) {
        useLanguage(chosen);
        keepCatalog();
        DialogService dialogs = dialogsFor.apply(messages);
        window = new MainWindow(context, catalog, messages, tasks, dialogs, session, new MainWindow.Actions(
                () -> openSettings(dialogs, session), () -> changePassword(dialogs, session), this::logOut,
                () -> HelpView.showGuide(stage, new HelpViewModel(messages)),
                () -> HelpView.showAbout(stage, new HelpViewModel(messages), messages.get("help.about.libraries"),
                        messages.get("help.about.close"), messages.get("help.about.item"))));
        put(window.root());
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.leave(stage::close, () -> { });
        });
    }

    public MainWindow window() {
        return window;
    }

    private void useLanguage(Language chosen) {
        this.language = chosen;
        this.messages = new Messages(chosen.locale());
        // The services were built before the language was read: their refusals follow the user's choice too.
        context.messages().use(chosen.locale());
        // The date picker's calendar names months and days in the default format locale.
        Locale.setDefault(Locale.Category.FORMAT, chosen.locale());
        stage.setTitle(messages.get("app.title"));
    }

    /**
     * The first run: the set-up wizard, in English when the system speaks English and nobody chose a language yet.
     * It ends in the shell, logged in as the new administrator; or, on a new officer's laptop, in the log-in form
     * after the folder was started from the office's package (issue 13) instead of creating an administrator.
     */
    private void showSetupWizard() {
        if (context.settings().storedLanguage().isEmpty() && SystemLanguage.isEnglish(System.getenv(),
                System.getProperty("os.name", ""), Locale.getDefault())) {
            useLanguage(Language.ENGLISH);
        }
        SetupWizardViewModel model = new SetupWizardViewModel(context.accounts(), context.setup(), context.demo(),
                context.settings(), language, messages, tasks, device, context.dataFolder(),
                BackupGenerations.folder(context.dataFolder()), session -> show(language, session),
                (name, problem) -> showLogin(name, messages.get("setup.finish.createdWithProblem", name, problem)));
        StartFromPackageViewModel start = new StartFromPackageViewModel(context.sync(), messages, tasks,
                dialogsFor.apply(messages), this::choosePackage, note -> showLogin("", note));
        showForm(SetupWizardView.of(model, messages, start));
        model.load();
    }

    private java.util.Optional<java.nio.file.Path> choosePackage() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("sync.start.choose"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(".sinergi", "*.sinergi"));
        return java.util.Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath);
    }

    private void showLogin(String username, String note) {
        LoginViewModel model = new LoginViewModel(context.accounts()::login, messages, tasks, device,
                session -> show(language, session));
        model.username().set(username);
        model.note(note);
        showForm(LoginView.login(model, messages));
    }

    private void keepCatalog() {
        if (window != null) {
            catalog = window.catalog();
        }
    }

    private void showForm(Parent form) {
        keepCatalog();
        window = null;
        put(form);
        if (!formShownLogged) {
            formShownLogged = true;
            firstFormShown(stage.getScene());
        }
        // Nothing unsaved before the shell: closing just closes.
        stage.setOnCloseRequest(null);
    }

    /** The first form of the process is up: the start-up's measuring point, and the end of a CDS training run. */
    static void firstFormShown(Scene scene) {
        // A measuring point of the start-up (scripts/measure-startup.sh), beside EntryView's: taken in the pulse
        // that lays the form out for drawing, not when it is handed to the scene.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            ProcessHandle.current().info().startInstant().ifPresent(t -> LoggerFactory.getLogger(Desktop.class)
                    .info("log-in form shown {} ms after process start", Duration.between(t, Instant.now())
                            .toMillis()));
            if (Boolean.getBoolean(CDS_TRAINING)) {
                // The installer's build records the classes of the start-up up to here, then the app closes.
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void put(Parent root) {
        Scene scene = stage.getScene();
        if (scene == null) {
            // Never larger than the screen: on a 1366×768 laptop the taskbar takes part of it.
            var bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
            scene = new Scene(root, Math.min(1280, bounds.getWidth()), Math.min(720, bounds.getHeight()));
            scene.getStylesheets().add(Desktop.class.getResource("/ui/app.css").toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
    }

    private void logOut() {
        window.leave(() -> showLogin("", messages.get("login.loggedOut")), () -> { });
    }

    private void changePassword(DialogService dialogs, Session session) {
        boolean changed = ChangePasswordDialog.show(stage, messages, done -> new ChangePasswordViewModel(
                context.accounts(), messages, tasks, session, done));
        if (changed) {
            dialogs.choose(messages.get("login.shell.changePassword"), messages.get("login.changePassword.done"),
                    List.of(messages.get("login.ok")));
        }
    }

    /**
     * Pengaturan: Umum (the language) and Server pusat (address, server account). A new language
     * builds the shell again in it once the screen in front may be left.
     */
    private void openSettings(DialogService dialogs, Session session) {
        GeneralSettingsViewModel general = new GeneralSettingsViewModel(context.settings(), language, messages);
        List<SettingsSection> sections = new java.util.ArrayList<>(List.of(new SettingsSection("general",
                messages.get("settings.tab.general"), general, () -> GeneralSettingsView.of(general, messages))));
        ServerSettingsViewModel server = new ServerSettingsViewModel(ServerSide.settings(context, session.actor()),
                messages, tasks);
        sections.add(new SettingsSection("server", messages.get("settings.tab.server"), server,
                () -> ServerSettingsView.of(server, messages)));
        server.load();
        boolean saved = SettingsView.show(stage, messages, sections, done -> new SettingsViewModel(
                sections.stream().map(SettingsSection::part).toList(), messages, tasks, session::actor, done));
        server.stopTest();
        Language chosen = general.chosen();
        if (saved && chosen != language) {
            window.leave(() -> show(chosen, session), () -> { });
        } else if (saved && window != null) {
            window.settingsChanged();
        }
    }
}
