package id.sinergi.infoharga.store;

import org.jdbi.v3.core.ConnectionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Counts the connections the application holds, so that H2's chunk rewriting ({@link FileHousekeeping}) runs only
 * while none is open: no statement, cursor or transaction can then still walk a chunk that the rewriting frees
 * (the "Chunk … not found" of H2's own background compaction, h2database issues 4012 and 4247).
 * <p>
 * The housekeeping never waits for the gate ({@link #tryClose()}); a connection asked for while it runs waits for
 * it to end, which is bounded by the housekeeping's time budget. A thread may hold several connections at once
 * (nested handles): each only counts, nothing is tied to a thread.
 */
final class HandleGate {
    private int open;
    private boolean closed;

    /** Jdbi's connections from {@code pool}, each counted from its opening to its closing. */
    ConnectionFactory connections(DataSource pool) {
        return new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                enter();
                try {
                    return pool.getConnection();
                } catch (SQLException | RuntimeException e) {
                    leave();
                    throw e;
                }
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                try {
                    connection.close();
                } finally {
                    leave();
                }
            }
        };
    }

    synchronized void enter() {
        boolean interrupted = false;
        while (closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        open++;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void leave() {
        open--;
    }

    /** Closes the gate when no connection is open; false (and nothing changed) when one is. */
    synchronized boolean tryClose() {
        if (open > 0 || closed) {
            return false;
        }
        closed = true;
        return true;
    }

    synchronized void reopen() {
        closed = false;
        notifyAll();
    }

    /** How many connections are open now (for tests). */
    synchronized int openConnections() {
        return open;
    }
}
