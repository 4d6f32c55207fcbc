package id.sinergi.infoharga.store.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerUrlTest {
    @Test
    void offTheLoopbackTheCertificateAndNameAreAlwaysVerified() {
        assertThat(ServerUrl.parse("jdbc:postgresql://db.mojokertokab.go.id:5432/infoharga").jdbc())
                .isEqualTo("jdbc:postgresql://db.mojokertokab.go.id/infoharga?sslmode=verify-full");
        // A weaker mode in the address is replaced, whatever it was.
        for (String weak : new String[] {"disable", "allow", "prefer", "require", "verify-ca"}) {
            assertThat(ServerUrl.parse("jdbc:postgresql://10.1.2.3:6432/ih?sslmode=" + weak + "&user=budi").jdbc())
                    .isEqualTo("jdbc:postgresql://10.1.2.3:6432/ih?sslmode=verify-full&user=budi");
        }
        assertThat(ServerUrl.parse("jdbc:postgresql://10.1.2.3/ih?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt")
                .jdbc()).isEqualTo("jdbc:postgresql://10.1.2.3/ih?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt");
    }

    @Test
    void onTheLoopbackTheAddressStaysAsGiven() {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.8.9.10", "[::1]"}) {
            ServerUrl u = ServerUrl.parse("jdbc:postgresql://" + host + ":5432/test?user=postgres");
            assertThat(u.loopback()).as(host).isTrue();
            assertThat(u.jdbc()).isEqualTo("jdbc:postgresql://" + host + "/test?user=postgres");
        }
        assertThat(ServerUrl.parse("jdbc:postgresql://128.0.0.1/x").loopback()).isFalse();
        assertThat(ServerUrl.parse("jdbc:postgresql://localhost.example.org/x").loopback()).isFalse();
    }

    @Test
    void theRememberedAddressCarriesNoUserOrPassword() {
        ServerUrl u = ServerUrl.parse("jdbc:postgresql://srv:5433/ih?user=ih_ih_mjk_budi&password=rahasia&connectTimeout=5");
        assertThat(u.remembered()).isEqualTo("jdbc:postgresql://srv:5433/ih?connectTimeout=5");
        assertThat(u.toString()).doesNotContain("rahasia");
        assertThat(u.user()).contains("ih_ih_mjk_budi");
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "postgresql://h/db", "jdbc:mysql://h/db", "jdbc:postgresql://h",
                "jdbc:postgresql://h:99999/db", "jdbc:postgresql://h/db;drop"}) {
            assertThatThrownBy(() -> ServerUrl.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
