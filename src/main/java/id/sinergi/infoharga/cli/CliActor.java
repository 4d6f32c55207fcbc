package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Actor;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who runs a command-line command: the operating-system user on this computer. The only place the command line
 * decides this, so that signing in can replace it later.
 */
final class CliActor {
    private CliActor() {
    }

    static Actor current() {
        String user = System.getProperty("user.name");
        return new Actor(user == null || user.isBlank() ? "unknown" : user, hostName());
    }

    private static String hostName() {
        String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows") ? "COMPUTERNAME"
                : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
