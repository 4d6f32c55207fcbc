package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.app.ReferenceDataService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyFolderAndLoadsTheReferenceData() {
        try (Database db = Database.open(folder.resolve("data"))) {
            Catalog catalog = new ReferenceDataService(new Store(db)).catalog();
            assertThat(catalog.markets()).hasSize(20);
            assertThat(catalog.markets().get(0).name()).isEqualTo("Pasar Raya Mojosari");
            assertThat(catalog.findMarket("pasar  pandanarum")).isPresent();
            assertThat(catalog.findMarket("Pasar Bagusan").orElseThrow().kecamatan()).isNull();
            assertThat(catalog.commodities()).hasSizeGreaterThanOrEqualTo(35);
            assertThat(catalog.groups()).filteredOn(g -> g.code().equals("BERAS")).singleElement()
                    .satisfies(g -> assertThat(g.weight()).isEqualTo(3.81));
            assertThat(catalog.groupOf(catalog.findCommodity("Cabai Rawit Merah").orElseThrow()).volatileGroup())
                    .isTrue();
            assertThat(catalog.outlets()).hasSize(2);

            int minyakita = catalog.findCommodity("MINYAKITA").orElseThrow().id();
            assertThat(catalog.referenceOn(minyakita, LocalDate.of(2024, 8, 13)).orElseThrow().highRp())
                    .isEqualTo(14_000);
            assertThat(catalog.referenceOn(minyakita, LocalDate.of(2024, 8, 14)).orElseThrow().highRp())
                    .isEqualTo(15_700);
            ReferencePrice shallot = catalog.referenceOn(
                    catalog.findCommodity("BAWANG-MERAH").orElseThrow().id(), LocalDate.of(2025, 1, 1)).orElseThrow();
            assertThat(shallot.kind()).isEqualTo(ReferenceKind.HAP);
            assertThat(shallot.lowRp()).isEqualTo(36_500);
            assertThat(shallot.highRp()).isEqualTo(41_500);
        }
        assertThat(Files.exists(folder.resolve("data").resolve("infoharga.mv.db"))).isTrue();
    }

    @Test
    void reopeningKeepsDataAndDoesNotLoadTheReferenceDataTwice() {
        Path data = folder.resolve("data");
        Database.open(data).close();
        try (Database db = Database.open(data)) {
            assertThat(new ReferenceDataService(new Store(db)).catalog().markets()).hasSize(20);
        }
    }
}
