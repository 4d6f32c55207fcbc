package id.sinergi.infoharga.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {
    @Test
    void aNewMarketsCodeComesFromItsNameAndIsNeverTakenTwice() {
        assertThat(Codes.suggest("Pasar Trawas", List.of())).isEqualTo("TRAWAS");
        assertThat(Codes.suggest("pasar  Sumber Tebu", List.of())).isEqualTo("SUMBER-TEBU");
        assertThat(Codes.suggest("Pasar Trawas", List.of("TRAWAS", "TRAWAS-2"))).isEqualTo("TRAWAS-3");
        assertThat(Codes.suggest("Pasar Émbong Malang", List.of())).isEqualTo("EMBONG-MALANG");
        assertThat(Codes.suggest("Pasar ***", List.of())).isEqualTo("PASAR");
        String longOne = Codes.suggest("Pasar Induk Agrobisnis Kabupaten Mojokerto Timur", List.of());
        assertThat(longOne).hasSizeLessThanOrEqualTo(28).doesNotEndWith("-");
        Codes.requireCode(longOne);
    }
}
