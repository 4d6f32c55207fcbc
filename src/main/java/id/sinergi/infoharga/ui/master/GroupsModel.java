package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.MasterDataService.Snapshot;
import id.sinergi.infoharga.domain.CommodityGroup;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The group weights tab: each group's inflation weight and whether it is volatile. The weights are relative: the
 * weighted change divides by their sum (DESIGN §4), so they need not add up to 100; the note says so with the sum
 * and each group's share.
 */
public final class GroupsModel extends FormModel<CommodityGroup> {
    private final StringProperty weight = new SimpleStringProperty("");
    private final BooleanProperty volatileGroup = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper sumNote = new ReadOnlyStringWrapper("");
    private double sum;

    GroupsModel(MasterDataViewModel screen) {
        super(screen, CommodityGroup::id);
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public BooleanProperty volatileProperty() {
        return volatileGroup;
    }

    /** "Jumlah bobot 8,33; …": the sum of the weights and what it means. */
    public ReadOnlyStringProperty sumNoteProperty() {
        return sumNote.getReadOnlyProperty();
    }

    @Override
    public boolean addable() {
        return false;
    }

    /** A group's share of the weighted change in %: 3,81 of 8,33 → "45,7%". */
    public String share(CommodityGroup g) {
        return sum <= 0 ? "" : String.format(messages().locale(), "%.1f%%", g.weight() / sum * 100);
    }

    public String weightText(CommodityGroup g) {
        return Numbers.decimal(g.weight(), messages().locale());
    }

    public String volatileText(CommodityGroup g) {
        return messages().get(g.volatileGroup() ? "master.yes" : "master.no");
    }

    @Override
    public void save() {
        CommodityGroup g = selectedProperty().get();
        if (g == null) {
            return;
        }
        OptionalDouble w = Numbers.decimal(weight.get());
        if (w.isEmpty()) {
            screen.refuse(messages().get("master.error.weightText", weight.get() == null ? "" : weight.get()));
            return;
        }
        boolean vol = volatileGroup.get();
        String why = reasonText();
        screen.change(p -> screen.service().saveGroup(screen.actor(), g.id(), w.getAsDouble(), vol, why),
                saved -> messages().get("master.saved", saved.name()), this::selectSaved);
    }

    @Override
    void refresh(Snapshot s) {
        sum = s.catalog().groups().stream().mapToDouble(CommodityGroup::weight).sum();
        sumNote.set(messages().get("master.groups.sum", Numbers.decimal(Math.round(sum * 10000) / 10000.0,
                messages().locale())));
        super.refresh(s);
    }

    @Override
    protected List<CommodityGroup> itemsOf(Snapshot s) {
        return s.catalog().groups();
    }

    @Override
    protected void fill(CommodityGroup g) {
        weight.set(weightText(g));
        volatileGroup.set(g.volatileGroup());
    }

    @Override
    protected void clear() {
        weight.set("");
        volatileGroup.set(false);
    }

    @Override
    protected List<? extends javafx.beans.value.ObservableValue<?>> fields() {
        return List.of(weight, volatileGroup);
    }
}
