package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.MarketDraft;
import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.domain.Market;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The markets tab: code (only for a new market), name, kecamatan, type; retire and bring back. */
public final class MarketsModel extends FormModel<Market> {
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kecamatan = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");

    MarketsModel(MasterDataViewModel screen) {
        super(screen, Market::id);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty kecamatanProperty() {
        return kecamatan;
    }

    public StringProperty typeProperty() {
        return type;
    }

    @Override
    public boolean retirable() {
        return true;
    }

    @Override
    public void save() {
        MarketDraft draft = new MarketDraft(selectedId(), code.get(), name.get(), kecamatan.get(), type.get());
        String why = reasonText();
        screen.change(p -> screen.service().saveMarket(screen.actor(), draft, why),
                m -> messages().get("master.saved", m.name()), this::selectSaved);
    }

    @Override
    public void toggleActive() {
        Market m = selectedProperty().get();
        if (m == null) {
            return;
        }
        String why = reasonText();
        screen.change(p -> screen.service().setMarketActive(screen.actor(), m.id(), !m.active(), why),
                saved -> messages().get(saved.active() ? "master.reactivated" : "master.retired", saved.name()),
                this::selectSaved);
    }

    @Override
    protected List<Market> itemsOf(Snapshot s) {
        return s.catalog().markets();
    }

    @Override
    protected void fill(Market m) {
        code.set(m.code());
        name.set(m.name());
        kecamatan.set(m.kecamatan() == null ? "" : m.kecamatan());
        type.set(m.marketType() == null ? "" : m.marketType());
    }

    @Override
    protected void clear() {
        code.set("");
        name.set("");
        kecamatan.set("");
        type.set("");
    }

    @Override
    protected List<? extends javafx.beans.value.ObservableValue<?>> fields() {
        return List.of(code, name, kecamatan, type);
    }
}
