package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.entry.EntryChecks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;

/**
 * One commodity's line of the entry form: what is known before typing, what is typed, and what was accepted.
 * Only the accepted price is ever saved; the text is whatever is in the field.
 */
public final class EntryRow {
    // ---- what is known before typing ----
    private final Commodity commodity;
    private final CommodityGroup group;
    private final Long lastPriceRp;
    private final java.time.LocalDate lastDate;
    private final String lastPriceText;
    private final String lastDateText;
    private final String referenceText;
    private final EntryChecks.Context checks;
    private final Long storedPriceRp;
    private final List<Long> storedQuotes;
    private final String storedReason;

    // ---- state, read-only to the view except the field's text ----
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Long> acceptedPriceRp = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Long>> quotes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<RowStatus> status = new ReadOnlyObjectWrapper<>(RowStatus.EMPTY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Double> changePct = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper outlier = new ReadOnlyBooleanWrapper(false);

    EntryRow(Commodity commodity, CommodityGroup group, Long lastPriceRp, java.time.LocalDate lastDate,
             String lastPriceText, String lastDateText, String referenceText, EntryChecks.Context checks,
             Long storedPriceRp, List<Long> storedQuotes, String storedReason) {
        this.commodity = commodity;
        this.group = group;
        this.lastPriceRp = lastPriceRp;
        this.lastDate = lastDate;
        this.lastPriceText = lastPriceText;
        this.lastDateText = lastDateText;
        this.referenceText = referenceText;
        this.checks = checks;
        this.storedPriceRp = storedPriceRp;
        this.storedQuotes = storedQuotes == null ? List.of() : List.copyOf(storedQuotes);
        this.storedReason = storedReason;
    }

    public Commodity commodity() {
        return commodity;
    }

    public CommodityGroup group() {
        return group;
    }

    public Long lastPriceRp() {
        return lastPriceRp;
    }

    /** The day of the last price before this one, or null. */
    public java.time.LocalDate lastDate() {
        return lastDate;
    }

    public String lastPriceText() {
        return lastPriceText;
    }

    public String lastDateText() {
        return lastDateText;
    }

    public String referenceText() {
        return referenceText;
    }

    EntryChecks.Context checks() {
        return checks;
    }

    Long storedPriceRp() {
        return storedPriceRp;
    }

    /** The field's text; the view binds the text field to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Long> acceptedPriceProperty() {
        return acceptedPriceRp.getReadOnlyProperty();
    }

    public Long acceptedPriceRp() {
        return acceptedPriceRp.get();
    }

    public List<Long> quotes() {
        return quotes.get();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public String reason() {
        return reason.get();
    }

    public ReadOnlyObjectProperty<RowStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RowStatus status() {
        return status.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Double> changePctProperty() {
        return changePct.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty outlierProperty() {
        return outlier.getReadOnlyProperty();
    }

    /** Whether the accepted values differ from what is stored for the day. */
    public boolean changed() {
        return !Objects.equals(acceptedPriceRp.get(), storedPriceRp)
                || (acceptedPriceRp.get() != null && (!quotes.get().equals(storedQuotes)
                || !Objects.equals(reason.get(), storedReason)));
    }

    /** Whether the field holds something other than the accepted price (typed but not yet confirmed). */
    boolean pending(String acceptedText) {
        return !text.get().strip().equals(acceptedText);
    }

    // ---- changes, made by the view model only ----

    void accept(Long priceRp, List<Long> newQuotes, String newReason, String fieldText) {
        acceptedPriceRp.set(priceRp);
        quotes.set(newQuotes == null ? List.of() : List.copyOf(newQuotes));
        reason.set(newReason);
        text.set(fieldText);
    }

    void show(RowStatus newStatus, String newMessage, Double pct, String pctText, boolean isOutlier) {
        status.set(newStatus);
        message.set(newMessage == null ? "" : newMessage);
        changePct.set(pct);
        changeText.set(pctText == null ? "" : pctText);
        outlier.set(isOutlier);
    }

    void markInvalid(String newMessage) {
        status.set(RowStatus.INVALID);
        message.set(newMessage);
    }

    Long storedPrice() {
        return storedPriceRp;
    }

    List<Long> storedQuotes() {
        return storedQuotes;
    }

    String storedReason() {
        return storedReason;
    }
}
