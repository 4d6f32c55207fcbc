package id.sinergi.infoharga.app.server;

/**
 * A server login made by an administrator: the account (or reporting tool) name, its PostgreSQL role, the
 * generated password (shown once, then only kept encrypted on the device that uses it) and the address to use.
 */
public record ServerAccount(String name, String role, String password, String url) {
    @Override
    public String toString() {
        return "ServerAccount[" + name + ", " + role + "]";
    }
}
