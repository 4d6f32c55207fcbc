package id.sinergi.infoharga.app.journal;

/**
 * Who may make a change, checked on the receiving side against its own accounts (DESIGN §10: permission travels
 * with the data): an administrator; an analyst or administrator; an officer assigned to a market or outlet (or an
 * administrator); the account's own user for a change that only touches its password (or an administrator).
 */
public sealed interface Rule {
    record Admin() implements Rule {
    }

    record Analyst() implements Rule {
    }

    record Market(String code) implements Rule {
    }

    record Outlet(String code) implements Rule {
    }

    record OwnAccount(String username) implements Rule {
    }

    /** The first administrator of a folder that has none yet (an empty folder started from an office package). */
    record FirstAdmin(String username) implements Rule {
    }

    Rule ADMIN = new Admin();
    Rule ANALYST = new Analyst();
}
