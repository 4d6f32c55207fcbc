package id.sinergi.infoharga.store;

import org.jdbi.v3.core.ConnectionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the connections the application holds, so that H2's chunk rewriting ({@link FileHousekeeping}) runs only
 * while none is open: no statement, cursor or transaction can then still walk a chunk that the rewriting frees
 * (the "Chunk … not found" of H2's own background compaction, h2database issues 4012 and 4247).
 * <p>
 * The housekeeping waits a little for the gate ({@link #close(Duration)}): from the moment it asks, new connections
 * wait, so saves one after another cannot keep it out for ever, and the ones open may finish; if they do not in time
 * (a long read such as a backup), the gate opens again and the housekeeping is skipped. A connection asked for while
 * it runs waits for it to end, which is bounded by the housekeeping's time budget. A thread may hold several connections at once
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
        if (open == 0) {
            notifyAll();
        }
    }

    /**
     * Closes the gate once no connection is open, waiting at most {@code wait} for the open ones to close while new
     * ones wait; false (and the gate open again) when they did not, or when it is closed already. A thread that holds
     * a connection and asks for another meanwhile waits until this gives up: bounded by {@code wait}.
     */
    synchronized boolean close(Duration wait) {
        if (closed) {
            return false;
        }
        closed = true;
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (open > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    reopen();
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        } catch (InterruptedException e) {
            reopen();
            Thread.currentThread().interrupt();
            return false;
        }
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
