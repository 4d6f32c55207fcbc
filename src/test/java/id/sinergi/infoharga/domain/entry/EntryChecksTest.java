package id.sinergi.infoharga.domain.entry;

import id.sinergi.infoharga.domain.entry.EntryVerdict.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntryChecksTest {
    private static EntryChecks.Context previous(long previousRp, boolean volatileGroup) {
        return new EntryChecks.Context(previousRp, null, null, volatileGroup, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12500|NONE|12500", "12.500|NONE|12500", " 1.250.000 |NONE|1250000", "500|NONE|500",
            "12,500|DECIMAL|0", "12.5|DECIMAL|0", "12,5|DECIMAL|0", "12.50|DECIMAL|0",
            "-12500|NEGATIVE|0", "12500a|LETTERS|0", "Rp12.500|LETTERS|0", "0|ZERO|0", "000|ZERO|0",
            "''|EMPTY|0", "12 500|MALFORMED|0", "12.500.|DECIMAL|0"})
    void parsesOnlyWholeRupiahWithOrWithoutDots(String text, PriceInput.Problem problem, long value) {
        PriceInput input = PriceInput.parse(text);
        assertThat(input.problem()).isEqualTo(problem);
        assertThat(input.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({
            // typed, previous, expected correction: ratio 10 → ÷10; 0.1 → ×10; 100 → ÷100; 0.01 → ×100
            "150000, 15000, 15000",
            "1500, 15000, 15000",
            "1500000, 15000, 15000",
            "150, 15000, 15000",
            // 157000 / 15000 = 10.47, inside 9.5..10.5; the correction is 157000 / 10 = 15700
            "157000, 15000, 15700",
            // 1450 / 15000 = 0.0967, inside 0.095..0.105 → 1450 × 10 = 14500
            "1450, 15000, 14500"})
    void findsADigitSlipAndItsCorrection(long typed, long previous, long corrected) {
        assertThat(EntryChecks.digitSlip(typed, previous)).contains(corrected);
    }

    @ParameterizedTest
    @CsvSource({
            // 158000 / 15000 = 10.53 > 10.5; 1400 / 15000 = 0.0933 < 0.095; 15000 itself; 60000 (×4)
            "158000, 15000", "1400, 15000", "15000, 15000", "60000, 15000"})
    void noSlipOutsideTheFivePercentBand(long typed, long previous) {
        assertThat(EntryChecks.digitSlip(typed, previous)).isEmpty();
    }

    @Test
    void largeChangeIsBeyondTwentyFivePercentForStaplesAndFiftyForVolatileGroups() {
        // 12500 / 10000 − 1 = 25 % exactly: not beyond
        assertThat(EntryChecks.check(12_500, previous(10_000, false)).kind()).isEqualTo(Kind.OK);
        // 12600 → +26 %
        EntryVerdict rise = EntryChecks.check(12_600, previous(10_000, false));
        assertThat(rise.kind()).isEqualTo(Kind.LARGE_CHANGE);
        assertThat(rise.changePct()).isCloseTo(26.0, within(1e-9));
        assertThat(rise.needsReason()).isTrue();
        // 7400 → −26 %
        assertThat(EntryChecks.check(7_400, previous(10_000, false)).kind()).isEqualTo(Kind.LARGE_CHANGE);
        // volatile: 14900 → +49 % fine, 15100 → +51 % not
        assertThat(EntryChecks.check(14_900, previous(10_000, true)).kind()).isEqualTo(Kind.OK);
        assertThat(EntryChecks.check(15_100, previous(10_000, true)).kind()).isEqualTo(Kind.LARGE_CHANGE);
    }

    @Test
    void aDigitSlipWinsOverTheLargeChangeAndCarriesTheCorrection() {
        EntryVerdict v = EntryChecks.check(150_000, previous(15_000, false));
        assertThat(v.kind()).isEqualTo(Kind.DIGIT_SLIP);
        assertThat(v.suggestedRp()).isEqualTo(15_000);
        assertThat(v.needsReason()).isFalse();
    }

    @Test
    void withoutAPreviousPriceTheRangeComesFromTheReferencePrice() {
        // HET 14000: a quarter is 3500, four times is 56000
        var ctx = new EntryChecks.Context(null, 14_000L, null, false, List.of());
        assertThat(ctx.range()).isEqualTo(new PlausibleRange(3_500, 56_000));
        assertThat(EntryChecks.check(56_000, ctx).kind()).isEqualTo(Kind.OK);
        EntryVerdict v = EntryChecks.check(60_000, ctx);
        assertThat(v.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(v.needsReason()).isTrue();
        assertThat(v.changePct()).isNull();
    }

    @Test
    void aStoredRangeWinsAndAbsurdPricesAreRefused() {
        var stored = new EntryChecks.Context(10_000L, null, new PlausibleRange(9_000, 11_000), false, List.of());
        assertThat(EntryChecks.check(11_500, stored).kind()).isEqualTo(Kind.OUT_OF_RANGE);
        var nothing = new EntryChecks.Context(null, null, null, false, List.of());
        assertThat(nothing.range()).isEqualTo(PlausibleRange.ABSOLUTE);
        assertThat(EntryChecks.check(99, nothing).kind()).isEqualTo(Kind.IMPOSSIBLE);
        assertThat(EntryChecks.check(5_000_001, nothing).kind()).isEqualTo(Kind.IMPOSSIBLE);
        assertThat(EntryChecks.check(5_000_000, nothing).kind()).isEqualTo(Kind.OK);
    }

    @Test
    void rangeAroundAnAnchorRoundsTheLowerEndUp() {
        // 15001 / 4 = 3750.25 → 3751; 15001 × 4 = 60004
        assertThat(PlausibleRange.around(15_001L)).isEqualTo(new PlausibleRange(3_751, 60_004));
        assertThat(PlausibleRange.around(200L)).isEqualTo(new PlausibleRange(100, 800));
    }

    @Test
    void outlierUsesTheModifiedZScoreAmongAtLeastFiveMarkets() {
        List<Long> others = List.of(20_000L, 21_000L, 22_000L, 23_000L);
        // with 26000: median 22000, |deviations| 2000,1000,0,1000,4000 → MAD 1000; z = 0.6745 × 4000 / 1000 = 2.698
        assertThat(EntryChecks.outlierScore(26_000, others)).hasValueSatisfying(
                z -> assertThat(z).isCloseTo(2.698, within(1e-9)));
        assertThat(EntryChecks.isOutlier(26_000, others)).isFalse();
        // with 28000: deviations 2000,1000,0,1000,6000 → MAD 1000; z = 0.6745 × 6 = 4.047 > 3.5
        assertThat(EntryChecks.isOutlier(28_000, others)).isTrue();
        // the flag rides along with an otherwise acceptable verdict
        EntryVerdict v = EntryChecks.check(28_000, new EntryChecks.Context(27_000L, null, null, false, others));
        assertThat(v.kind()).isEqualTo(Kind.OK);
        assertThat(v.outlier()).isTrue();
        // four markets in all: never an outlier
        assertThat(EntryChecks.isOutlier(90_000, List.of(20_000L, 21_000L, 22_000L))).isFalse();
    }

    @Test
    void whenMostMarketsAgreeTheMeanAbsoluteDeviationStandsIn() {
        List<Long> same = List.of(20_000L, 20_000L, 20_000L, 20_000L);
        // deviations 0,0,0,0,1000 → MAD 0; MeanAD = 200; z = 1000 / (1.253314 × 200) = 3.989
        assertThat(EntryChecks.outlierScore(21_000, same)).hasValueSatisfying(
                z -> assertThat(z).isCloseTo(3.989, within(1e-3)));
        assertThat(EntryChecks.outlierScore(20_000, same)).isEmpty();
    }

    @Test
    void reasonsAreStoredInIndonesianAndReadBack() {
        assertThat(ChangeReason.WEATHER.describe("  hujan deras ")).isEqualTo("cuaca: hujan deras");
        assertThat(ChangeReason.HOLIDAY.describe("")).isEqualTo("hari besar");
        assertThat(ChangeReason.ofStored("cuaca: hujan deras")).contains(ChangeReason.WEATHER);
        assertThat(ChangeReason.noteOf("cuaca: hujan deras")).isEqualTo("hujan deras");
        assertThat(ChangeReason.ofStored("hari besar")).contains(ChangeReason.HOLIDAY);
        assertThat(ChangeReason.ofStored("something else")).isEmpty();
    }
}
