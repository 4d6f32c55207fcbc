package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.TaskRunner;

import java.util.Optional;

/**
 * What every screen may use: the use cases, the master data as read when the screen was built, the user's words and
 * formats, the background-work seam, the dialogs, and the logged-in {@link Session} (the one source of the actor
 * every change is recorded as). {@code dataChanged} tells the shell to refresh its status bar;
 * {@code masterDataChanged} tells it that master data changed, so that it reads the catalog again and builds the
 * other screens anew from it.
 */
public record ShellServices(AppContext context, Catalog catalog, Messages messages, Formats formats,
                            TaskRunner tasks, DialogService dialogs, Session session, Runnable dataChanged,
                            Runnable masterDataChanged) {

    /** Without a shell that reloads master data (a screen shown alone). */
    public ShellServices(AppContext context, Catalog catalog, Messages messages, Formats formats, TaskRunner tasks,
                         DialogService dialogs, Session session, Runnable dataChanged) {
        this(context, catalog, messages, formats, tasks, dialogs, session, dataChanged, () -> { });
    }

    /**
     * The logged-in account when it is an officer, whose entry forms offer only its assigned markets and outlets
     * (the others would be refused on saving); empty for analysts and administrators. One row read by name.
     */
    public Optional<UserAccount> officer() {
        return context.accounts().account(session.username()).filter(a -> a.role() == Role.OFFICER);
    }

    /** The same services over a catalog read again. */
    public ShellServices withCatalog(Catalog fresh) {
        return new ShellServices(context, fresh, messages, formats, tasks, dialogs, session, dataChanged,
                masterDataChanged);
    }
}
