package id.sinergi.infoharga.ui.sync;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** Text columns of the exchange screens: long texts (fingerprints, refusals) show whole in a tooltip. */
final class TableColumns {
    private TableColumns() {
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 20 ? null : new Tooltip(text));
            }
        });
        return c;
    }

    /** Keeps a row selected once rows arrive, so that the buttons for "the selected one" work by keyboard at once. */
    static <R> void selectFirstWhenFilled(javafx.scene.control.TableView<R> table) {
        table.getItems().addListener((javafx.collections.ListChangeListener<R>) change -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    static <R> TableColumn<R, String> number(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = text(title, value, width);
        c.getStyleClass().add("number-column");
        return c;
    }
}
