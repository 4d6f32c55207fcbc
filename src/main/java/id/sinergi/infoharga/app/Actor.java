package id.sinergi.infoharga.app;

/** Who is acting, and on which device: recorded with every change. */
public record Actor(String username, String device) {
    public Actor {
        if (username == null || username.isBlank() || device == null || device.isBlank()) {
            throw new IllegalArgumentException("actor needs a name and a device");
        }
    }
}
