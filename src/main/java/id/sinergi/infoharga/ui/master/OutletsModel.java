package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.OutletDraft;
import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The WULANDARI outlets tab: code (only for a new outlet), name, market (optional), address; retire, bring back. */
public final class OutletsModel extends FormModel<Outlet> {
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Market> market = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final ObservableList<Market> markets = FXCollections.observableArrayList();
    private Snapshot snapshot;

    OutletsModel(MasterDataViewModel screen) {
        super(screen, Outlet::id);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Market> marketProperty() {
        return market;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** The markets an outlet can be at (active ones, and the outlet's own if it was retired). */
    public ObservableList<Market> markets() {
        return markets;
    }

    /** "Pasar Dinoyo", or "" for an outlet not at a market. */
    public String marketName(Outlet o) {
        if (o.marketId() == null || snapshot == null) {
            return "";
        }
        Market m = snapshot.catalog().market(o.marketId());
        return m == null ? "" : m.name();
    }

    @Override
    public boolean retirable() {
        return true;
    }

    @Override
    public void save() {
        Market m = market.get();
        OutletDraft draft = new OutletDraft(selectedId(), code.get(), name.get(), m == null ? null : m.id(),
                address.get());
        String why = reasonText();
        screen.change(p -> screen.service().saveOutlet(screen.actor(), draft, why),
                o -> messages().get("master.saved", o.name()), this::selectSaved);
    }

    @Override
    public void toggleActive() {
        Outlet o = selectedProperty().get();
        if (o == null) {
            return;
        }
        String why = reasonText();
        screen.change(p -> screen.service().setOutletActive(screen.actor(), o.id(), !o.active(), why),
                saved -> messages().get(saved.active() ? "master.reactivated" : "master.retired", saved.name()),
                this::selectSaved);
    }

    @Override
    void refresh(Snapshot s) {
        snapshot = s;
        markets.setAll(s.catalog().activeMarkets());
        super.refresh(s);
    }

    @Override
    protected List<Outlet> itemsOf(Snapshot s) {
        return s.catalog().outlets();
    }

    @Override
    protected void fill(Outlet o) {
        code.set(o.code());
        name.set(o.name());
        Market m = o.marketId() == null || snapshot == null ? null : snapshot.catalog().market(o.marketId());
        if (m != null && !markets.contains(m)) {
            markets.add(m);
        }
        market.set(m);
        address.set(o.address() == null ? "" : o.address());
    }

    @Override
    protected void clear() {
        code.set("");
        name.set("");
        market.set(null);
        address.set("");
    }

    @Override
    protected List<? extends javafx.beans.value.ObservableValue<?>> fields() {
        return List.of(code, name, market, address);
    }
}
