package id.sinergi.infoharga.domain.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Reduces a long series to about as many points as a chart has pixels, keeping what the eye looks for: the
 * series is cut into equal buckets and each bucket keeps its lowest and its highest point, in their original
 * order. A spike therefore survives any reduction, which an average per bucket would flatten.
 */
public final class Downsample {
    private Downsample() {
    }

    /** The bounds {@code [start, end)} of at most {@code buckets} equal buckets over {@code n} items. */
    public static List<int[]> buckets(int n, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("at least one bucket");
        }
        List<int[]> out = new ArrayList<>();
        int count = Math.min(n, buckets);
        for (int b = 0; b < count; b++) {
            int start = (int) ((long) b * n / count);
            int end = (int) ((long) (b + 1) * n / count);
            out.add(new int[] {start, end});
        }
        return out;
    }

    /**
     * At most {@code maxPoints} items of {@code sorted} (ordered along the x axis): the items themselves when
     * there are few enough, else from each of {@code maxPoints / 2} equal buckets the item with the lowest and
     * the one with the highest {@code y} (one item when they are the same), in their original order.
     */
    public static <T> List<T> minMax(List<T> sorted, ToDoubleFunction<T> y, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("need room for at least two points");
        }
        if (sorted.size() <= maxPoints) {
            return List.copyOf(sorted);
        }
        List<T> out = new ArrayList<>();
        for (int[] bucket : buckets(sorted.size(), maxPoints / 2)) {
            int lo = bucket[0];
            int hi = bucket[0];
            for (int i = bucket[0]; i < bucket[1]; i++) {
                double v = y.applyAsDouble(sorted.get(i));
                if (v < y.applyAsDouble(sorted.get(lo))) {
                    lo = i;
                }
                if (v > y.applyAsDouble(sorted.get(hi))) {
                    hi = i;
                }
            }
            out.add(sorted.get(Math.min(lo, hi)));
            if (lo != hi) {
                out.add(sorted.get(Math.max(lo, hi)));
            }
        }
        return out;
    }
}
