package id.sinergi.infoharga.ui.alerts;

import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.indicators.Alert;

/** One alert of the day as the alert service gave it, with its acknowledgement when there is one. */
public record AlertRow(Alert alert, AlertAcknowledgement acknowledgement) {
    public boolean acknowledged() {
        return acknowledgement != null;
    }
}
