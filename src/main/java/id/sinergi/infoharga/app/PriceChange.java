package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditedPrice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One save of one price as the audit trail tells it: the day it is the price of, when it was saved, by whom on which
 * device, the value before (empty for the first entry) and after, the reason, and the revision it made.
 * {@code oldText}/{@code newText} are the stored texts, kept for a value that cannot be read as a price.
 */
public record PriceChange(LocalDate day, Instant at, String actor, String device, String oldText, String newText,
                          String reason, int revision) {

    public Optional<AuditedPrice> oldPrice() {
        return AuditedPrice.parse(oldText);
    }

    public Optional<AuditedPrice> newPrice() {
        return AuditedPrice.parse(newText);
    }
}
