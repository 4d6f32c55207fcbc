package id.sinergi.infoharga.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFormatsTest {
    @Test
    void figuresAreWrittenTheIndonesianWay() {
        // 12812.5 rounds half up to 12813; grouping by dots, decimal comma.
        assertThat(TextFormats.rupiah(12812.5)).isEqualTo("Rp12.813");
        assertThat(TextFormats.signedRupiah(-1400.0)).isEqualTo("\u2212Rp1.400");
        assertThat(TextFormats.signedRupiah(312.5)).isEqualTo("+Rp313");
        assertThat(TextFormats.signedPercent(2.5)).isEqualTo("+2,5%");
        assertThat(TextFormats.signedPercent(-4.0)).isEqualTo("\u22124,0%");
        assertThat(TextFormats.percent(115.0)).isEqualTo("115,0%");
        assertThat(TextFormats.decimal2(1234.565)).isEqualTo("1.234,57");
    }

    @Test
    void aChangeThatRoundsToZeroHasNoSign() {
        assertThat(TextFormats.signedPercent(-0.04)).isEqualTo("0,0%");
        assertThat(TextFormats.signedPercent(0.04)).isEqualTo("0,0%");
        assertThat(TextFormats.signedDecimal2(-0.001)).isEqualTo("0,00");
    }

    @Test
    void anUndefinedFigureIsADash() {
        assertThat(TextFormats.rupiah(null)).isEqualTo("\u2013");
        assertThat(TextFormats.signedPercent(null)).isEqualTo("\u2013");
    }
}
