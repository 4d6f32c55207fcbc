package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.store.Database;

import java.nio.file.Path;

/** Accounts for tests, so that a test that writes can act as an allowed user in a few words. */
public final class TestAccounts {
    /** How many audit rows the set-up writes before the test's own changes. */
    public static final int AUDIT_ROWS_OF_SETUP = 0;

    private TestAccounts() {
    }

    /** Prepares {@code folder} with an officer allowed to write every market; returns the officer's name. */
    public static String prepareOfficerForAllMarkets(Path folder) {
        return prepareOfficerForAllMarkets(folder, "petugas-uji").username();
    }

    public static Actor prepareOfficerForAllMarkets(Path folder, String name) {
        Database.open(folder).close();
        return new Actor(name, "test");
    }
}
