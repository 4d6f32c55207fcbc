package id.sinergi.infoharga.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.sync.Devices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code manifest.json} of an exchange package (DESIGN §10): format version, the sender device (id, name,
 * public key, fingerprint), the user who wrote it, when, the device it was meant for (if one), the sender's
 * version vector (what it holds, so the receiver learns what it need not send back), the sender's audit-chain head
 * as an anchor, the devices whose changes it carries, and per part its SHA-256, number of changes and size. The
 * sender's Ed25519 signature over these exact bytes is {@code manifest.sig}.
 */
public record PackageManifest(int format, Device sender, String user, Instant createdAt, UUID to,
                              Map<UUID, Long> versionVector, Anchor auditHead, List<Device> origins,
                              List<Part> parts) {
    public static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A device as a package names it; {@code publicKey} may be null for an origin known only by relays. */
    public record Device(UUID id, String name, byte[] publicKey) {
        public String fingerprint() {
            return publicKey == null ? "" : DeviceIdentity.fingerprintOf(publicKey);
        }
    }

    /** The newest audit row of the sender when it wrote the package. */
    public record Anchor(long id, String hash) {
    }

    /** One file of the package and what it must hash to. */
    public record Part(String name, String sha256, long changes, long bytes) {
    }

    public PackageManifest {
        versionVector = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versionVector));
        origins = List.copyOf(origins);
        parts = List.copyOf(parts);
    }

    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new PackageException("sync.package.partMissing", name));
    }

    /** The manifest as it is written and signed. */
    public byte[] toBytes() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", format);
        o.put("app", "Sinergi Smart Info Harga");
        o.set("sender", device(sender));
        o.put("user", user);
        o.put("createdAt", createdAt.toString());
        if (to != null) {
            o.put("to", to.toString());
        }
        ObjectNode vv = o.putObject("versionVector");
        versionVector.forEach((d, s) -> vv.put(d.toString(), s));
        if (auditHead != null) {
            o.putObject("auditHead").put("id", auditHead.id()).put("hash", auditHead.hash());
        }
        ArrayNode os = o.putArray("origins");
        origins.forEach(d -> os.add(device(d)));
        ArrayNode ps = o.putArray("parts");
        for (Part p : parts) {
            ps.addObject().put("name", p.name()).put("sha256", p.sha256()).put("changes", p.changes())
                    .put("bytes", p.bytes());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a manifest", e);
        }
    }

    private static ObjectNode device(Device d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id().toString());
        n.put("name", d.name());
        if (d.publicKey() != null) {
            n.put("publicKey", Base64.getEncoder().encodeToString(d.publicKey()));
            n.put("fingerprint", d.fingerprint());
        }
        return n;
    }

    /** Only the sender, read before the signature is checked (to know which key checks it). */
    public static Device senderOf(byte[] bytes) {
        JsonNode root = tree(bytes);
        Device d = readDevice(root.get("sender"), "sender");
        if (d.publicKey() == null) {
            throw new PackageException("sync.package.manifestBad", "sender.publicKey");
        }
        return d;
    }

    /** The whole manifest, every field checked (after the signature: still, nothing is trusted blindly). */
    public static PackageManifest parse(byte[] bytes) {
        JsonNode root = tree(bytes);
        int format = root.path("format").isInt() ? root.get("format").intValue() : -1;
        if (format != FORMAT) {
            throw new PackageException("sync.package.format", root.path("format").asText("?"), FORMAT);
        }
        Device sender = readDevice(root.get("sender"), "sender");
        String user = text(root, "user", 64);
        Instant created;
        try {
            created = Instant.parse(text(root, "createdAt", 40));
        } catch (DateTimeParseException e) {
            throw new PackageException("sync.package.manifestBad", "createdAt");
        }
        UUID to = root.hasNonNull("to") ? id(root.get("to"), "to") : null;
        Map<UUID, Long> vv = new LinkedHashMap<>();
        JsonNode vvNode = root.get("versionVector");
        if (vvNode == null || !vvNode.isObject() || vvNode.size() > 10_000) {
            throw new PackageException("sync.package.manifestBad", "versionVector");
        }
        for (var it = vvNode.fields(); it.hasNext(); ) {
            var e = it.next();
            UUID d = id(MAPPER.getNodeFactory().textNode(e.getKey()), "versionVector");
            if (!e.getValue().isIntegralNumber() || e.getValue().longValue() < 0) {
                throw new PackageException("sync.package.manifestBad", "versionVector");
            }
            vv.put(d, e.getValue().longValue());
        }
        Anchor anchor = null;
        if (root.hasNonNull("auditHead")) {
            JsonNode a = root.get("auditHead");
            if (!a.path("id").isIntegralNumber()) {
                throw new PackageException("sync.package.manifestBad", "auditHead");
            }
            anchor = new Anchor(a.get("id").longValue(), text(a, "hash", 64));
        }
        List<Device> origins = new ArrayList<>();
        JsonNode os = root.get("origins");
        if (os == null || !os.isArray() || os.size() > 10_000) {
            throw new PackageException("sync.package.manifestBad", "origins");
        }
        for (JsonNode o : os) {
            origins.add(readDevice(o, "origins"));
        }
        List<Part> parts = new ArrayList<>();
        JsonNode ps = root.get("parts");
        if (ps == null || !ps.isArray() || ps.size() > 16) {
            throw new PackageException("sync.package.manifestBad", "parts");
        }
        for (JsonNode p : ps) {
            String sha = text(p, "sha256", 64);
            if (!sha.matches("[0-9a-f]{64}") || !p.path("changes").isIntegralNumber()
                    || !p.path("bytes").isIntegralNumber() || p.get("changes").longValue() < 0
                    || p.get("bytes").longValue() < 0) {
                throw new PackageException("sync.package.manifestBad", "parts");
            }
            parts.add(new Part(text(p, "name", 64), sha, p.get("changes").longValue(), p.get("bytes").longValue()));
        }
        return new PackageManifest(format, sender, user, created, to, vv, anchor, origins, parts);
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            JsonNode root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new PackageException("sync.package.manifestBad", "{}");
            }
            return root;
        } catch (IOException e) {
            throw new PackageException(e, "sync.package.manifestBad", "JSON");
        }
    }

    private static Device readDevice(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new PackageException("sync.package.manifestBad", field);
        }
        UUID id = id(node.get("id"), field);
        String name = text(node, "name", DeviceIdentity.MAX_NAME);
        byte[] key = null;
        if (node.hasNonNull("publicKey")) {
            try {
                key = Base64.getDecoder().decode(text(node, "publicKey", 200));
                DeviceIdentity.publicKeyOf(key);
            } catch (IllegalArgumentException e) {
                throw new PackageException("sync.package.manifestBad", field + ".publicKey");
            }
        }
        return new Device(id, name, key);
    }

    private static UUID id(JsonNode node, String field) {
        try {
            return Devices.parseId(node == null || !node.isTextual() ? "" : node.textValue());
        } catch (IllegalArgumentException e) {
            throw new PackageException("sync.package.manifestBad", field);
        }
    }

    private static String text(JsonNode node, String name, int max) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual() || v.textValue().isBlank() || v.textValue().length() > max) {
            throw new PackageException("sync.package.manifestBad", name);
        }
        return v.textValue();
    }
}
