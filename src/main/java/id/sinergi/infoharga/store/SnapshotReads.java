package id.sinergi.infoharga.store;

import org.h2.engine.Constants;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads that must see the whole database as of one moment, over several statements and tables, while saves go on:
 * a backup (every table and the manifest's audit head), a package (its manifest and the changes it carries), the
 * comparison of the prices read through the table and through each index. One transaction at H2's SNAPSHOT
 * isolation, rolled back at the end. H2's REPEATABLE READ is not enough: it fixes each table at the transaction's
 * first read of that table, so a save committed meanwhile shows up in the tables read after it (phantoms: its
 * prices in, its audit rows out); SNAPSHOT fixes every table at the transaction's first statement.
 */
final class SnapshotReads {
    /** Work done on the connection inside the snapshot. */
    @FunctionalInterface
    interface Work<T, X extends Exception> {
        T run() throws SQLException, X;
    }

    private SnapshotReads() {
    }

    /** Runs {@code work} on {@code c} in one snapshot; the connection's commit mode and isolation are restored. */
    static <T, X extends Exception> T read(Connection c, Work<T, X> work) throws SQLException, X {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Constants.TRANSACTION_SNAPSHOT);
        try {
            return work.run();
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }
}
