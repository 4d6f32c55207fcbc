package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.domain.Commodity;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One commodity of the stock entry form: what the officer types (receipt and its source, quantity sold and the
 * outlet's price, closing count), what the outlet holds (stock, days of cover, outlet and market price) with what
 * is typed counted in, and the problem of one field, if any.
 */
public final class StockEntryRow {
    /** The fields an officer types, for naming the one with a problem. */
    public enum Field { RECEIPT, SOURCE, SALE_QUANTITY, SALE_PRICE, COUNT }

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
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Field> errorField = new ReadOnlyObjectWrapper<>();
    /** The saved stock at the end of the day and the sales of the 14 days ending on it (null: none known). */
    private BigDecimal savedOnHand;
    private BigDecimal savedOutflow14;
    /** The outlet's last selling price, put in the price field as the likely one. */
    private String defaultPrice = "";
    /** Saved movements that the typed values replace (an edit): reversed in the same save. */
    private final List<UUID> replacing = new ArrayList<>();

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

    /** What is wrong with the field named by {@link #errorFieldProperty()}, in the user's language; "" if nothing. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    public StringProperty property(Field field) {
        return switch (field) {
            case RECEIPT -> receipt;
            case SOURCE -> source;
            case SALE_QUANTITY -> saleQuantity;
            case SALE_PRICE -> salePrice;
            case COUNT -> count;
        };
    }

    void showFigures(String onHandText, String coverText, String outletPriceText, String marketPriceText) {
        onHand.set(onHandText);
        cover.set(coverText);
        outletPrice.set(outletPriceText);
        marketPrice.set(marketPriceText);
    }

    void showStock(String onHandText, String coverText) {
        onHand.set(onHandText);
        cover.set(coverText);
    }

    void setSaved(BigDecimal onHandAtEnd, BigDecimal outflow14) {
        savedOnHand = onHandAtEnd;
        savedOutflow14 = outflow14;
    }

    BigDecimal savedOnHand() {
        return savedOnHand;
    }

    BigDecimal savedOutflow14() {
        return savedOutflow14;
    }

    void setDefaultPrice(String text) {
        boolean untouched = salePrice.get().isBlank() || salePrice.get().equals(defaultPrice);
        defaultPrice = text == null ? "" : text;
        if (untouched) {
            salePrice.set(defaultPrice);
        }
    }

    /** The price field holds something the officer typed (not the prefilled last price). */
    boolean priceTyped() {
        return !salePrice.get().isBlank() && !salePrice.get().strip().equals(defaultPrice);
    }

    List<UUID> replacing() {
        return replacing;
    }

    void markError(Field field, String text) {
        errorField.set(field);
        error.set(text);
    }

    void clearError() {
        errorField.set(null);
        error.set("");
    }

    /** Something typed that is not saved yet (the prefilled price alone is not). */
    public boolean hasInput() {
        return !replacing.isEmpty() || priceTyped()
                || java.util.stream.Stream.of(receipt, source, saleQuantity, count)
                .anyMatch(p -> p.get() != null && !p.get().isBlank());
    }

    void clearInput() {
        receipt.set("");
        source.set("");
        saleQuantity.set("");
        salePrice.set(defaultPrice);
        count.set("");
        replacing.clear();
        clearError();
    }
}
