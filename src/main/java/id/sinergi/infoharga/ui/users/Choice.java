package id.sinergi.infoharga.ui.users;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One market or outlet of the assignment check-list, ticked when the selected account may write it. */
public record Choice(int id, String name, BooleanProperty checked) {
    public Choice(int id, String name) {
        this(id, name, new SimpleBooleanProperty(false));
    }
}
