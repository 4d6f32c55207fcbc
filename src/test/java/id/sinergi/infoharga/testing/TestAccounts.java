package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.store.Database;

import java.nio.file.Path;

/** Accounts for tests, so that a test that writes can act as an allowed user in a few words. */
public final class TestAccounts {
    private TestAccounts() {
    }

    /** Prepares {@code folder} with an officer allowed to write every market; returns the officer's name. */
    public static String prepareOfficerForAllMarkets(Path folder) {
        Database.open(folder).close();
        return "petugas-uji";
    }
}
