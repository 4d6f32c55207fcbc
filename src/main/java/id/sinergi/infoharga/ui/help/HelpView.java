package id.sinergi.infoharga.ui.help;

import id.sinergi.infoharga.ui.common.Styles;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Bantuan menu's windows: the user guide, and Tentang (version, licences). Esc closes either. */
public final class HelpView {
    private HelpView() {
    }

    public static Stage showGuide(Window owner, HelpViewModel model) {
        return open(owner, model.title(), GuideView.of(model.guide()), 860, 640);
    }

    public static Stage showAbout(Window owner, HelpViewModel model, String librariesLabel, String closeLabel,
                                  String title) {
        Label name = new Label(model.versionLine());
        name.setId("about-version");
        name.getStyleClass().add(Styles.TITLE);
        Label text = new Label(model.aboutText());
        text.setWrapText(true);
        TextArea libraries = new TextArea(model.libraries());
        libraries.setId("about-libraries");
        libraries.setEditable(false);
        libraries.setWrapText(false);
        libraries.setPrefRowCount(16);
        Button close = new Button(closeLabel);
        close.setDefaultButton(true);
        VBox box = new VBox(10, name, text, new Label(librariesLabel), libraries, close);
        VBox.setVgrow(libraries, javafx.scene.layout.Priority.ALWAYS);
        box.getStyleClass().add(Styles.PAGE);
        Stage stage = open(owner, title, box, 820, 560);
        close.setOnAction(e -> stage.close());
        close.requestFocus();
        return stage;
    }

    private static Stage open(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(HelpView.class.getResource("/ui/app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
