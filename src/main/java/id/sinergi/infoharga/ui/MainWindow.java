package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Catalog;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's content. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();

    public MainWindow(AppContext context) {
        Messages messages = context.messages();
        Catalog catalog = context.referenceData().catalog();
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("title");
        Label summary = new Label(messages.get("main.summary", catalog.markets().size(),
                catalog.commodities().size(), catalog.outlets().size()));
        Label folder = new Label(messages.get("status.folder", context.dataFolder()));
        VBox top = new VBox(8, title, summary);
        top.getStyleClass().add("page");
        root.setCenter(top);
        root.setBottom(folder);
        folder.getStyleClass().add("status-bar");
    }

    public Parent root() {
        return root;
    }
}
