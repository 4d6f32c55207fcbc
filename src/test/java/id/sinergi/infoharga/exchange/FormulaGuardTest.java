package id.sinergi.infoharga.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+62 812", "-1", "@SUM(A1)", "\tx", "\rx", "=", "'=a"})
    void textThatASpreadsheetWouldReadAsAFormulaGetsAQuote(String text) {
        if (text.startsWith("'")) {
            // Already quoted: a quote is harmless and stays as it is.
            assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        } else {
            assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pasar Dinoyo", "12.500", "a=b", " =x", "\u2013", "Rp-12"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }
}
