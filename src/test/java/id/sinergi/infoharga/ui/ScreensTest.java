package id.sinergi.infoharga.ui;

import id.sinergi.infoharga.domain.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sidebar items each role sees (issue 17: an officer does not see the office's screens). */
class ScreensTest {
    @Test
    void anOfficerSeesEntryHistoryStockAndExchangeOnly() {
        assertThat(Screens.sidebar(Role.OFFICER)).extracting(Screens.Item::titleKey).containsExactly(
                "nav.entry", "nav.history", "nav.stock", "nav.stockEntry", Screens.SYNC);
    }

    @Test
    void analystsAndAdministratorsKeepEveryScreenInOrder() {
        assertThat(Screens.sidebar(Role.ANALYST)).isEqualTo(Screens.sidebar());
        assertThat(Screens.sidebar(Role.ADMIN)).isEqualTo(Screens.sidebar());
        assertThat(Screens.sidebar()).hasSize(11);
    }
}
