package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.ReportText;
import id.sinergi.infoharga.domain.report.WeeklyNarrative;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.ui.Screen;
import id.sinergi.infoharga.ui.ShellServices;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Laporan screen: the weekly report (preview and files) on the left, the daily brief on the right. */
public final class ReportsView implements Screen {
    private final ReportsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final VBox preview = new VBox(6);
    private final Label weekLabel = new Label();
    private final Label message = new Label();
    private final DatePicker briefPicker = new DatePicker();

    private final ShellServices services;

    public ReportsView(ShellServices services) {
        this.services = services;
        this.messages = services.messages();
        this.formats = services.formats();
        this.model = new ReportsViewModel(services.context().reports(), messages, services.tasks(),
                services.session()::username, () -> LocalDate.now(services.context().clock()), new SaveTarget() {
                    @Override
                    public Optional<Path> ask(String title, String suggestedName, String extension) {
                        return askFile(title, suggestedName, extension);
                    }

                    @Override
                    public boolean confirmReplace(Path file) {
                        return services.dialogs().choose(messages.get("reports.save.title"),
                                messages.get("trust.output.replace", file.getFileName()),
                                List.of(messages.get("trust.output.replaceYes"),
                                        messages.get("trust.output.replaceNo"))) == 0;
                    }
                });
        root.getStyleClass().add(Styles.PAGE);
        root.setId("reports-screen");
        root.setCenter(buildWeekly());
        root.setRight(buildBrief());
        message.setId("reports-message");
        message.setWrapText(true);
        root.setBottom(message);
        model.messageProperty().addListener((o, a, t) -> message.setText(t));
        model.weekProperty().addListener((o, a, w) -> {
            weekLabel.setText(weekText(w));
            // The week as the report's letter names it ("Minggu ke-4 November 2026, 23 – 29 Nov 2026").
            weekLabel.setTooltip(w == null ? null : new javafx.scene.control.Tooltip(
                    ReportText.weekOfMonth(w, messages::get)));
        });
        model.reportProperty().addListener((o, a, r) -> showPreview(r));
        model.briefDayProperty().addListener((o, a, d) -> briefPicker.setValue(d));
        model.showWeek(null);
        model.showBriefDay(null);
    }

    @Override
    public Node view() {
        return root;
    }

    private Node buildWeekly() {
        Label title = new Label(messages.get("reports.weekly.title"));
        title.getStyleClass().add(Styles.TITLE);
        Button previous = new Button(messages.get("reports.week.previous"));
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button(messages.get("reports.week.next"));
        next.setOnAction(e -> model.nextWeek());
        weekLabel.setId("reports-week");
        weekLabel.getStyleClass().add(Styles.SUBTITLE);
        DatePicker inWeek = new DatePicker();
        inWeek.setPromptText(messages.get("reports.week.pick"));
        inWeek.setOnAction(e -> {
            if (inWeek.getValue() != null) {
                model.showWeek(IsoWeek.of(inWeek.getValue()));
            }
        });
        inWeek.setPrefWidth(170);
        inWeek.setConverter(formats.dayConverter(() -> null));
        // The week's label and its buttons must never be cut short to "Mingg…" at 1366 px.
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[]{previous, weekLabel, next}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox picker = new HBox(8, previous, weekLabel, next);
        picker.setAlignment(Pos.CENTER_LEFT);

        HBox actions = new HBox(8, inWeek);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (ReportsViewModel.Format f : ReportsViewModel.Format.values()) {
            Button b = new Button(messages.get(f.labelKey()));
            b.setId("reports-export-" + f.name().toLowerCase());
            b.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
            b.setOnAction(e -> model.export(f));
            // Never cut to "Ex…": the buttons keep their width, the date field gives way.
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            actions.getChildren().add(b);
        }
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.get("reports.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Button openFolder = new Button(messages.get("reports.openFolder"));
        openFolder.setId("reports-open-folder");
        openFolder.visibleProperty().bind(model.writtenFileProperty().isNotNull());
        openFolder.setOnAction(e -> openFolder(model.writtenFileProperty().get()));
        // Hidden, they take no room from the export buttons.
        bar.managedProperty().bind(bar.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        actions.getChildren().addAll(bar, cancel, openFolder);

        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button letterhead = new Button(messages.get("reports.letterhead"));
        letterhead.setId("reports-letterhead");
        letterhead.setOnAction(e -> ReportSettingsDialog.show(root.getScene() == null ? null
                : root.getScene().getWindow(), messages, new ReportSettingsViewModel(
                        services.context().reports().letterSettings(), messages, services.tasks(),
                        services.session().actor())));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, letterhead);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, titleRow, picker, actions, scroll);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node buildBrief() {
        Label title = new Label(messages.get("reports.brief.title"));
        title.getStyleClass().add(Styles.TITLE);
        briefPicker.setConverter(formats.dayConverter(() -> model.briefDayProperty().get()));
        briefPicker.setOnAction(e -> {
            if (briefPicker.getValue() != null && !briefPicker.getValue().equals(model.briefDayProperty().get())) {
                model.showBriefDay(briefPicker.getValue());
            }
        });
        TextArea text = new TextArea();
        text.setId("reports-brief");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.briefTextProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button(messages.get("reports.brief.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.briefTextProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            message.setText(messages.get("reports.brief.copied"));
        });
        Button save = new Button(messages.get("reports.brief.save"));
        save.setOnAction(e -> model.saveBrief());
        VBox box = new VBox(10, title, briefPicker, text, new HBox(8, copy, save));
        box.setPrefWidth(380);
        box.setMinWidth(320);
        return box;
    }

    private void showPreview(WeeklyReport r) {
        preview.getChildren().clear();
        if (r == null) {
            return;
        }
        WeeklyReport.Summary s = r.summary();
        // What the first page of the PDF says, in the same words.
        preview.getChildren().add(heading(messages.get("report.narrative.title")));
        for (String sentence : WeeklyNarrative.write(r, messages::get)) {
            Label l = new Label(sentence);
            l.setWrapText(true);
            preview.getChildren().add(l);
        }
        preview.getChildren().add(heading(messages.get("reports.preview.weighted",
                s.weightedChangePct() == null ? "–" : formats.percent(s.weightedChangePct()))));
        preview.getChildren().add(heading(messages.get("reports.preview.contributors")));
        for (WeeklyReport.Contribution c : s.topContributors()) {
            preview.getChildren().add(new Label(messages.get("reports.preview.contribution", c.groupName(),
                    formats.percent(c.changePct()), String.format(messages.locale(), "%+.2f", c.contributionPoints()).replace('-', '\u2212'))));
        }
        preview.getChildren().add(heading(messages.get("reports.preview.rises")));
        s.biggestRises().forEach(m -> preview.getChildren().add(mover(m)));
        preview.getChildren().add(heading(messages.get("reports.preview.falls")));
        s.biggestFalls().forEach(m -> preview.getChildren().add(mover(m)));
        preview.getChildren().add(heading(messages.get("reports.preview.levels")));
        HBox levels = new HBox(16);
        for (AlertLevel level : AlertLevel.values()) {
            levels.getChildren().add(new Label(level.label() + ": " + s.alertCounts().get(level)));
        }
        preview.getChildren().add(levels);
    }

    private Label mover(WeeklyReport.Mover m) {
        String rp = m.changeRp() == null ? "" : " (" + ReportText.signedRupiah(m.changeRp()) + ")";
        return new Label(m.commodityName() + " /" + m.unit() + ": " + formats.percent(m.changePct()) + rp);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SUBTITLE);
        return l;
    }

    private String weekText(IsoWeek w) {
        return w == null ? "" : ReportText.span(w.monday(), w.sunday(), messages::get) + " (" + w + ")";
    }

    private Optional<Path> askFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        // The filter names the form too ("CSV gaya Indonesia (titik koma, koma desimal) untuk Excel"): without a
        // window manager's title bar it is what the dialog shows of the choice.
        int dash = title.indexOf(" \u2013 ");
        String kind = dash < 0 ? extension : title.substring(dash + 3) + " (*" + extension + ")";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** AWT's Desktop blocks on some systems, so it runs on its own thread; without it the path is shown. */
    private void openFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Thread t = new Thread(() -> {
                try {
                    Desktop.getDesktop().open(folder.toFile());
                } catch (Exception e) {
                    javafx.application.Platform.runLater(() ->
                            message.setText(messages.get("reports.folder", folder)));
                }
            }, "buka-folder");
            t.setDaemon(true);
            t.start();
        } else {
            message.setText(messages.get("reports.folder", folder));
        }
    }
}
