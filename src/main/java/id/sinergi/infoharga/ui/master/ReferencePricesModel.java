package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.ReferenceDraft;
import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The reference prices tab (HET/HAP): commodity, kind, lower end (HAP ranges only), upper end, regulation and the
 * validity dates. An overlap with another reference price of the same commodity is refused by the service with the
 * regulation and dates it overlaps; ending a regulation is filling in its last valid day.
 */
public final class ReferencePricesModel extends FormModel<ReferencePrice> {
    private final ObjectProperty<Commodity> commodity = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceKind> kind = new SimpleObjectProperty<>(ReferenceKind.HET);
    private final StringProperty low = new SimpleStringProperty("");
    private final StringProperty high = new SimpleStringProperty("");
    private final StringProperty regulation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Commodity> commodities = FXCollections.observableArrayList();
    private Snapshot snapshot;

    ReferencePricesModel(MasterDataViewModel screen) {
        super(screen, ReferencePrice::id);
    }

    public ObjectProperty<Commodity> commodityProperty() {
        return commodity;
    }

    public ObjectProperty<ReferenceKind> kindProperty() {
        return kind;
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty highProperty() {
        return high;
    }

    public StringProperty regulationProperty() {
        return regulation;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last valid day; null while the regulation is in force without an end. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Commodity> commodities() {
        return commodities;
    }

    public String commodityName(ReferencePrice r) {
        Commodity c = snapshot == null ? null : snapshot.catalog().commodity(r.commodityId());
        return c == null ? "" : c.displayName();
    }

    /** "Rp12.500", or a HAP range "Rp36.500 – Rp41.500". */
    public String priceText(ReferencePrice r) {
        return r.lowRp() == null ? PriceText.rupiah(r.highRp())
                : PriceText.rupiah(r.lowRp()) + " \u2013 " + PriceText.rupiah(r.highRp());
    }

    /** "1 Jan 2024 – seterusnya" / "1 Jul 2022 – 13 Agu 2024". */
    public String validityText(ReferencePrice r) {
        return screen.formats().shortDate(r.validFrom()) + " \u2013 " + (r.validTo() == null
                ? messages().get("master.reference.open") : screen.formats().shortDate(r.validTo()));
    }

    @Override
    public void save() {
        Long lowRp = amount(low.get(), "master.field.low");
        if (lowRp != null && lowRp < 0) {
            return;
        }
        Long highRp = amount(high.get(), "master.field.high");
        if (highRp != null && highRp < 0) {
            return;
        }
        Commodity c = commodity.get();
        ReferenceDraft draft = new ReferenceDraft(selectedId(), c == null ? null : c.id(), kind.get(), lowRp,
                highRp, regulation.get(), from.get(), to.get());
        String why = reasonText();
        screen.change(p -> screen.service().saveReferencePrice(screen.actor(), draft, why),
                r -> messages().get("master.saved", r.regulation()), this::selectSaved);
    }

    /** The typed amount; null when empty; -1 after telling the user it is not a Rupiah amount. */
    private Long amount(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OptionalLong v = Numbers.rupiah(text);
        if (v.isEmpty()) {
            screen.refuse(messages().get("master.error.rupiah", messages().get(fieldKey), text.strip()));
            return -1L;
        }
        return v.getAsLong();
    }

    @Override
    void refresh(Snapshot s) {
        snapshot = s;
        commodities.setAll(s.catalog().commodities());
        super.refresh(s);
    }

    /** Grouped by commodity in catalogue order, oldest regulation first. */
    @Override
    protected List<ReferencePrice> itemsOf(Snapshot s) {
        List<Commodity> order = s.catalog().commodities();
        return s.catalog().referencePrices().stream()
                .sorted(Comparator.<ReferencePrice>comparingInt(r -> order.indexOf(s.catalog().commodity(
                        r.commodityId()))).thenComparing(ReferencePrice::validFrom))
                .toList();
    }

    @Override
    protected void fill(ReferencePrice r) {
        commodity.set(snapshot.catalog().commodity(r.commodityId()));
        kind.set(r.kind());
        low.set(r.lowRp() == null ? "" : PriceText.group(r.lowRp()));
        high.set(PriceText.group(r.highRp()));
        regulation.set(r.regulation());
        from.set(r.validFrom());
        to.set(r.validTo());
    }

    @Override
    protected void clear() {
        commodity.set(null);
        kind.set(ReferenceKind.HET);
        low.set("");
        high.set("");
        regulation.set("");
        from.set(null);
        to.set(null);
    }

    @Override
    protected List<? extends javafx.beans.value.ObservableValue<?>> fields() {
        return List.of(commodity, kind, low, high, regulation, from, to);
    }
}
