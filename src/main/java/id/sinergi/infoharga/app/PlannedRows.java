package id.sinergi.infoharga.app;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The prices of an import plan, ordered by day, market and commodity, kept compactly: a million rows take about
 * 20 MB. Each row is packed in one long: the epoch day in the top 20 bits, then 22 bits of market id and 22 of
 * commodity id. Ids from {@link #NEW} on stand for the markets and commodities the plan creates (index = id − NEW),
 * in their own range for each kind, so a new market and a new commodity never share a number that matters.
 */
public final class PlannedRows {
    /** The first id of a market or commodity still to be created; stored ids stay below it (two million). */
    public static final int NEW = 1 << 21;
    static final int ID_BITS = 22;
    static final long ID_MASK = (1L << ID_BITS) - 1;

    private final long[] keys;
    private final long[] prices;
    private final int[] lines;
    private final BitSet unusual;
    private final int size;

    /** The arrays must be sorted by key already; they are not copied. */
    PlannedRows(long[] keys, long[] prices, int[] lines, int size, BitSet unusual) {
        this.keys = keys;
        this.prices = prices;
        this.lines = lines;
        this.size = size;
        this.unusual = unusual;
    }

    static PlannedRows empty() {
        return new PlannedRows(new long[0], new long[0], new int[0], 0, new BitSet());
    }

    public int size() {
        return size;
    }

    public LocalDate day(int i) {
        return LocalDate.ofEpochDay(epochDay(keys[i]));
    }

    /** The market's stored id, or {@link #NEW} + its index among the plan's new markets. */
    public int marketId(int i) {
        return marketOf(keys[i]);
    }

    /** The commodity's stored id, or {@link #NEW} + its index among the plan's new commodities. */
    public int commodityId(int i) {
        return commodityOf(keys[i]);
    }

    public long priceRp(int i) {
        return prices[i];
    }

    /** The line of the file the row came from. */
    public int line(int i) {
        return lines[i];
    }

    /** Whether the row's price is unusual (stored only on request). */
    public boolean unusual(int i) {
        return unusual.get(i);
    }

    long key(int i) {
        return keys[i];
    }

    /** The rows' lines, in row order (tests). */
    int[] lines() {
        return Arrays.copyOf(lines, size);
    }

    static boolean isNew(int id) {
        return id >= NEW;
    }

    static long key(int epochDay, int marketId, int commodityId) {
        return ((long) epochDay << (2 * ID_BITS)) | ((long) marketId << ID_BITS) | commodityId;
    }

    static int epochDay(long key) {
        return (int) (key >>> (2 * ID_BITS));
    }

    static int marketOf(long key) {
        return (int) ((key >>> ID_BITS) & ID_MASK);
    }

    static int commodityOf(long key) {
        return (int) (key & ID_MASK);
    }

    /** The key of a (market, commodity) series, without the day. */
    static long seriesOf(long key) {
        return key & ((1L << (2 * ID_BITS)) - 1);
    }
}
