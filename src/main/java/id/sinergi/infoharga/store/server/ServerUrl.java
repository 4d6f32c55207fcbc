package id.sinergi.infoharga.store.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A central server's JDBC address, {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?k=v&…]}, checked whole. Off the
 * loopback address the connection always verifies the server's certificate and name ({@code sslmode=verify-full}):
 * a weaker sslmode in the address is replaced, since prices and password hashes travel over it.
 */
public record ServerUrl(String host, int port, String database, Map<String, String> params) {
    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::(\\d{1,5}))?/([A-Za-z0-9_.-]{1,63})(?:\\?(.*))?");
    public static final String SSLMODE = "sslmode";
    public static final String STRICT = "verify-full";

    public ServerUrl {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Reads an address; {@link IllegalArgumentException} when it is not a PostgreSQL JDBC address. */
    public static ServerUrl parse(String text) {
        Matcher m = URL.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://HOST:PORT/DATABASE address: " + text);
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(k, v);
            }
        }
        return new ServerUrl(m.group(1), port, m.group(3), params);
    }

    /** Whether the host is this machine (localhost, 127.0.0.0/8, ::1): no network between, no TLS demanded. */
    public boolean loopback() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]")
                || h.equals("[0:0:0:0:0:0:0:1]");
    }

    /** The address the driver is given: off the loopback address always with {@code sslmode=verify-full}. */
    public String jdbc() {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (!loopback()) {
            p.put(SSLMODE, STRICT);
        }
        return text(p);
    }

    /** The address as remembered in the data folder: without user or password. */
    public String remembered() {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("user");
        p.remove("password");
        return text(p);
    }

    /** The user named in the address, if any. */
    public java.util.Optional<String> user() {
        return java.util.Optional.ofNullable(params.get("user")).filter(u -> !u.isBlank());
    }

    private String text(Map<String, String> p) {
        StringBuilder s = new StringBuilder("jdbc:postgresql://").append(host);
        if (port != 5432) {
            s.append(':').append(port);
        }
        s.append('/').append(database);
        String sep = "?";
        for (Map.Entry<String, String> e : p.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8));
            sep = "&";
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return remembered();
    }
}
