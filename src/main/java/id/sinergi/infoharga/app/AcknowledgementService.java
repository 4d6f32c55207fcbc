package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.app.journal.AckCodec;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Acknowledging an alert with a note: kept in alert_ack, audited, on disk before it says so. */
public final class AcknowledgementService {
    public static final String TABLE = AckCodec.TABLE;

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ChangeJournal journal;

    public AcknowledgementService(Store store, Clock clock, Messages messages, Authorizer authorizer) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = authorizer;
        this.journal = new ChangeJournal(store, clock);
    }

    /** The acknowledgements of a day's alerts, by alert key. */
    public Map<String, AlertAcknowledgement> onDay(LocalDate day) {
        return store.read(tx -> tx.alertAcks().onDay(day)).stream()
                .collect(Collectors.toMap(AlertAcknowledgement::alertKey, Function.identity()));
    }

    /**
     * Records that an analyst has seen the alert {@code alertKey} of {@code day} at {@code level}.
     *
     * @throws UserInputException when the note is empty or too long, or the alert is already acknowledged
     * @throws AccessDeniedException unless {@code actor} is an analyst or an administrator
     */
    public AlertAcknowledgement acknowledge(Actor actor, LocalDate day, String alertKey, AlertLevel level,
                                            String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new UserInputException(messages.get("alerts.ack.noteRequired"));
        }
        if (text.length() > AlertAcknowledgement.MAX_NOTE) {
            throw new UserInputException(messages.get("alerts.ack.noteTooLong", AlertAcknowledgement.MAX_NOTE));
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AlertAcknowledgement ack = new AlertAcknowledgement(day, alertKey, level, text, actor.username(),
                actor.device(), now);
        store.inTransaction(tx -> {
            authorizer.requireAnalyst(tx, actor);
            if (tx.alertAcks().find(day, alertKey).isPresent()) {
                throw new UserInputException(messages.get("alerts.ack.already"));
            }
            journal.write(tx, actor, Codecs.ACK, new AckCodec.Key(day, alertKey), new AckCodec.Value(level, text),
                    null);
            return null;
        });
        store.syncToDisk();
        return ack;
    }
}
