package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.ui.common.TaskRunner;

/**
 * One piece of work of a sync page (a package written or read, a Sinkronkan): Batal sets its flag, which the worker
 * reads, so it is volatile.
 */
final class SyncRun {
    volatile boolean cancelled;
    TaskRunner.Handle handle;

    /** Stops the work at its next step. */
    void cancel() {
        cancelled = true;
        if (handle != null) {
            handle.cancel();
        }
    }

    /** The service's progress: reported to the task runner, and cancelled by Batal or by the runner. */
    WorkProgress progress(TaskRunner.Progress p) {
        return new WorkProgress() {
            @Override
            public void update(double fraction, String text) {
                p.update(fraction, text);
            }

            @Override
            public boolean cancelled() {
                return cancelled || p.cancelled();
            }
        };
    }
}
