package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.ui.common.DialogService;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.TaskRunner;

/**
 * What every screen may use: the use cases, the master data read at start, the user's words and formats, the
 * background-work seam, the dialogs, and the logged-in {@link Session} (the one source of the actor every change is
 * recorded as). {@code dataChanged} tells the shell to refresh its status bar.
 */
public record ShellServices(AppContext context, Catalog catalog, Messages messages, Formats formats,
                            TaskRunner tasks, DialogService dialogs, Session session, Runnable dataChanged) {
}
