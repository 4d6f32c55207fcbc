package id.sinergi.infoharga.domain.indicators;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DownsampleTest {

    @Test
    void eachBucketKeepsItsLowestAndHighestPointInOrder() {
        // Buckets of 5 (maxPoints 4 → 2 buckets): [5,1,9,3,3] keeps 1 then 9; [7,2,8,6,4] keeps 2 then 8.
        List<Integer> ys = List.of(5, 1, 9, 3, 3, 7, 2, 8, 6, 4);
        assertThat(Downsample.minMax(ys, Integer::doubleValue, 4)).containsExactly(1, 9, 2, 8);
    }

    @Test
    void aMaximumBeforeTheMinimumStaysBeforeIt() {
        // One bucket [3, 9, 1]: max 9 at index 1 comes before min 1 at index 2.
        assertThat(Downsample.minMax(List.of(3, 9, 1, 5), Integer::doubleValue, 2)).containsExactly(9, 1);
    }

    @Test
    void aShortSeriesIsReturnedAsItIs() {
        assertThat(Downsample.minMax(List.of(4, 2, 7), Integer::doubleValue, 3)).containsExactly(4, 2, 7);
    }

    @Test
    void bucketsCoverEveryItemOnce() {
        // 10 items in 3 buckets: [0,3) [3,6) [6,10).
        assertThat(Downsample.buckets(10, 3)).containsExactly(new int[] {0, 3}, new int[] {3, 6},
                new int[] {6, 10});
    }

    @Property
    void theResultFitsAndKeepsTheExtremes(@ForAll @Size(min = 1, max = 400) List<@IntRange(min = -1000, max = 1000)
            Integer> ys, @ForAll @IntRange(min = 2, max = 100) int maxPoints) {
        List<Integer> out = Downsample.minMax(ys, Integer::doubleValue, maxPoints);
        assertThat(out.size()).isLessThanOrEqualTo(Math.max(maxPoints, 0));
        assertThat(out).contains(Collections.min(ys), Collections.max(ys));
    }
}
