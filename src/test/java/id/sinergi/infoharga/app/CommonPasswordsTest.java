package id.sinergi.infoharga.app;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list read when first asked is the list read at once. */
class CommonPasswordsTest {
    @Test
    void lazyListIsTheLoadedList() {
        Set<String> loaded = CommonPasswords.load();
        Set<String> lazy = CommonPasswords.lazy();
        assertThat(loaded).hasSizeGreaterThan(1000).contains("password");
        assertThat(lazy.contains("password")).isTrue();
        assertThat(lazy.contains("Sinergi-Harga-Unik-2026!")).isFalse();
        assertThat(lazy).hasSameSizeAs(loaded).containsExactlyInAnyOrderElementsOf(loaded);
    }
}
