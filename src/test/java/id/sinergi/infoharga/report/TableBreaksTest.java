package id.sinergi.infoharga.report;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The orphan rule with rows of 10 points, a heading of 20 and pages of 220 (so 20 rows a page). */
class TableBreaksTest {
    static List<Float> rows(int n) {
        return Collections.nCopies(n, 10f);
    }

    @Test
    void aTableThatFitsStaysWhole() {
        assertThat(TableBreaks.plan(rows(12), 20, 150, 220, 5))
                .isEqualTo(new TableBreaks.Plan(false, List.of(12)));
    }

    @Test
    void aLastPageOfTwoRowsSharesEvenlyWithThePageBefore() {
        // 80 of room: 6 rows here, 20 on the next page, 28 = 6 + 20 + 2 leaves 2 alone; 20 + 2 become 11 + 11.
        assertThat(TableBreaks.plan(rows(28), 20, 80, 220, 5))
                .isEqualTo(new TableBreaks.Plan(false, List.of(6, 11, 11)));
    }

    @Test
    void aTableThatWouldStartWithThreeRowsAtTheFootStartsOnTheNextPage() {
        // 50 of room holds 3 rows: fewer than 5, so the table starts fresh: 20 + 10 rows.
        assertThat(TableBreaks.plan(rows(30), 20, 50, 220, 5))
                .isEqualTo(new TableBreaks.Plan(true, List.of(20, 10)));
    }

    @Test
    void twoShortPagesShareTheirRowsEvenly() {
        // 60 of room: 4 rows fit, fewer than 5 → fresh page; 21 rows = 20 + 1 → 11 + 10.
        assertThat(TableBreaks.plan(rows(21), 20, 60, 220, 5))
                .isEqualTo(new TableBreaks.Plan(true, List.of(11, 10)));
    }

    @Test
    void aTableThatAFreshPageHoldsIsNotBroken() {
        // 18 rows need 200 with the heading: 120 of room would hold 10, but a fresh page holds all 18.
        assertThat(TableBreaks.plan(rows(18), 20, 120, 220, 5)).isEqualTo(new TableBreaks.Plan(true, List.of(18)));
    }

    @Test
    void aSmallTableThatFitsNowhereButTheNextPageMovesWhole() {
        assertThat(TableBreaks.plan(rows(3), 20, 45, 220, 5)).isEqualTo(new TableBreaks.Plan(true, List.of(3)));
    }
}
