package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.CommodityDraft;
import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The commodities tab: code (only for a new one), name, variant, unit, group (whose volatility sets the default
 * thresholds), and the nine alert thresholds of DESIGN §5 (reference gap %, week rise %, days of WULANDARI cover,
 * each Waspada / Siaga / Awas); retire and bring back.
 */
public final class CommoditiesModel extends FormModel<Commodity> {
    /** The thresholds in form order: reference gap, week rise, days of cover; each Waspada, Siaga, Awas. */
    public static final List<String> THRESHOLD_KEYS = List.of("refWaspada", "refSiaga", "refAwas",
            "riseWaspada", "riseSiaga", "riseAwas", "coverWaspada", "coverSiaga", "coverAwas");
    /** How a wrong threshold is named in the message, in the same order. */
    private static final List<String> THRESHOLD_NAMES = List.of("master.threshold.refWaspada",
            "master.threshold.refSiaga", "master.threshold.refAwas", "master.threshold.riseWaspada",
            "master.threshold.riseSiaga", "master.threshold.riseAwas", "master.threshold.coverWaspada",
            "master.threshold.coverSiaga", "master.threshold.coverAwas");

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty variant = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObjectProperty<CommodityGroup> group = new SimpleObjectProperty<>();
    private final List<StringProperty> thresholds = THRESHOLD_KEYS.stream()
            .map(k -> (StringProperty) new SimpleStringProperty("")).toList();
    private final ObservableList<CommodityGroup> groups = FXCollections.observableArrayList();
    private Snapshot snapshot;

    CommoditiesModel(MasterDataViewModel screen) {
        super(screen, Commodity::id);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<CommodityGroup> groupProperty() {
        return group;
    }

    /** The nine threshold fields, in the order of {@link #THRESHOLD_KEYS}. */
    public List<StringProperty> thresholds() {
        return thresholds;
    }

    public ObservableList<CommodityGroup> groups() {
        return groups;
    }

    public String groupName(Commodity c) {
        CommodityGroup g = snapshot == null ? null : snapshot.catalog().group(c.groupId());
        return g == null ? "" : g.name();
    }

    /** "ya" / "tidak": whether the commodity's group is volatile (cabai, bawang). */
    public String volatileText(Commodity c) {
        CommodityGroup g = snapshot == null ? null : snapshot.catalog().group(c.groupId());
        return messages().get(g != null && g.volatileGroup() ? "master.yes" : "master.no");
    }

    @Override
    public boolean retirable() {
        return true;
    }

    /** Picking a group for a new commodity puts that group's default thresholds in the form. */
    public void chooseGroup(CommodityGroup g) {
        group.set(g);
        if (creatingProperty().get() && g != null) {
            showThresholds(AlertThresholds.defaults(0, g.volatileGroup()));
        }
    }

    @Override
    public void save() {
        double[] values = new double[THRESHOLD_KEYS.size()];
        for (int i = 0; i < values.length; i++) {
            OptionalDouble v = Numbers.decimal(thresholds.get(i).get());
            if (v.isEmpty()) {
                screen.refuse(messages().get("master.error.threshold",
                        messages().get(THRESHOLD_NAMES.get(i)), thresholds.get(i).get()));
                return;
            }
            values[i] = v.getAsDouble();
        }
        AlertThresholds limits;
        try {
            limits = new AlertThresholds(0, values[0], values[1], values[2], values[3], values[4], values[5],
                    values[6], values[7], values[8]);
        } catch (IllegalArgumentException e) {
            screen.refuse(messages().get("master.error.thresholdOrder"));
            return;
        }
        CommodityGroup g = group.get();
        CommodityDraft draft = new CommodityDraft(selectedId(), code.get(), name.get(), variant.get(), unit.get(),
                g == null ? null : g.id());
        String why = reasonText();
        screen.change(p -> screen.service().saveCommodity(screen.actor(), draft, limits, why),
                c -> messages().get("master.saved", c.displayName()), this::selectSaved);
    }

    @Override
    public void toggleActive() {
        Commodity c = selectedProperty().get();
        if (c == null) {
            return;
        }
        String why = reasonText();
        screen.change(p -> screen.service().setCommodityActive(screen.actor(), c.id(), !c.active(), why),
                saved -> messages().get(saved.active() ? "master.reactivated" : "master.retired",
                        saved.displayName()), this::selectSaved);
    }

    @Override
    void refresh(Snapshot s) {
        snapshot = s;
        groups.setAll(s.catalog().groups());
        super.refresh(s);
    }

    @Override
    protected List<Commodity> itemsOf(Snapshot s) {
        return s.catalog().commodities();
    }

    @Override
    protected void fill(Commodity c) {
        code.set(c.code());
        name.set(c.name());
        variant.set(c.variant() == null ? "" : c.variant());
        unit.set(c.unit());
        CommodityGroup g = snapshot.catalog().group(c.groupId());
        group.set(g);
        AlertThresholds t = snapshot.thresholds().get(c.id());
        showThresholds(t != null ? t : AlertThresholds.defaults(c.id(), g != null && g.volatileGroup()));
    }

    @Override
    protected void clear() {
        code.set("");
        name.set("");
        variant.set("");
        unit.set("kg");
        group.set(null);
        showThresholds(AlertThresholds.defaults(0, false));
    }

    private void showThresholds(AlertThresholds t) {
        double[] v = {t.refWaspada(), t.refSiaga(), t.refAwas(), t.riseWaspada(), t.riseSiaga(), t.riseAwas(),
                t.coverWaspada(), t.coverSiaga(), t.coverAwas()};
        for (int i = 0; i < v.length; i++) {
            thresholds.get(i).set(Numbers.decimal(v[i], messages().locale()));
        }
    }

    @Override
    protected List<? extends javafx.beans.value.ObservableValue<?>> fields() {
        List<javafx.beans.value.ObservableValue<?>> all = new java.util.ArrayList<>(
                List.of(code, name, variant, unit, group));
        all.addAll(thresholds);
        return all;
    }
}
