package id.sinergi.infoharga.store.server;

import java.sql.SQLException;

/**
 * What went wrong talking to the central server, sorted by what the person can do about it: no network (try again
 * later: nothing was changed by the failed step), a refused log-in, a refusal by the server's row-level security,
 * or anything else.
 */
public final class ServerException extends RuntimeException {
    public enum Kind { UNREACHABLE, LOGIN, DENIED, OTHER }

    private final Kind kind;

    public ServerException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Sorts a driver failure (SQLState classes 08 connection, 57P connection ended, 28 log-in, 42501 privilege). */
    public static ServerException of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Kind kind = state.startsWith("08") || state.startsWith("57P") || e.getCause() instanceof java.io.IOException
                ? Kind.UNREACHABLE : state.startsWith("28") ? Kind.LOGIN : state.equals("42501") ? Kind.DENIED
                : Kind.OTHER;
        String detail = e.getMessage() == null ? state : e.getMessage().lines().findFirst().orElse(state);
        return new ServerException(kind, detail, e);
    }
}
