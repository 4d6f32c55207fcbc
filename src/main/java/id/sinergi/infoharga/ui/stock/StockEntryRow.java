package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.domain.Commodity;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One commodity of the stock entry form: what the officer types (receipt and its source, quantity sold and the
 * outlet's price, closing count) and what the outlet holds after the last save (stock, days of cover, outlet
 * and market price).
 */
public final class StockEntryRow {
    private final Commodity commodity;
    private final StringProperty receipt = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty saleQuantity = new SimpleStringProperty("");
    private final StringProperty salePrice = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper onHand = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cover = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outletPrice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper marketPrice = new ReadOnlyStringWrapper("");

    public StockEntryRow(Commodity commodity) {
        this.commodity = commodity;
    }

    public Commodity commodity() {
        return commodity;
    }

    public StringProperty receiptProperty() {
        return receipt;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty saleQuantityProperty() {
        return saleQuantity;
    }

    public StringProperty salePriceProperty() {
        return salePrice;
    }

    public StringProperty countProperty() {
        return count;
    }

    public ReadOnlyStringProperty onHandProperty() {
        return onHand.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverProperty() {
        return cover.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outletPriceProperty() {
        return outletPrice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty marketPriceProperty() {
        return marketPrice.getReadOnlyProperty();
    }

    void showFigures(String onHandText, String coverText, String outletPriceText, String marketPriceText) {
        onHand.set(onHandText);
        cover.set(coverText);
        outletPrice.set(outletPriceText);
        marketPrice.set(marketPriceText);
    }

    /** Something typed that is not saved yet. */
    public boolean hasInput() {
        return java.util.stream.Stream.of(receipt, source, saleQuantity, salePrice, count)
                .anyMatch(p -> p.get() != null && !p.get().isBlank());
    }

    void clearInput() {
        receipt.set("");
        source.set("");
        saleQuantity.set("");
        salePrice.set("");
        count.set("");
    }
}
