package id.sinergi.infoharga.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain over the audit log: each row's hash is SHA-256 over the previous row's hash and the row's own
 * content, so that editing or deleting a row inside the chain breaks every later link.
 */
public final class AuditChain {
    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEntry e) {
        // Each field is length-prefixed so that moving text from one field to the next changes the hash.
        StringBuilder content = new StringBuilder(previousHash);
        for (String field : new String[] {e.at().truncatedTo(ChronoUnit.MICROS).toString(), e.actor(), e.device(),
                e.tableName(), e.rowKey(), e.oldValue(), e.newValue(), e.reason()}) {
            content.append('|').append(field == null ? -1 : field.length()).append(':')
                    .append(field == null ? "" : field);
        }
        // Rows from before the change log have no origin and keep the hash they were written with.
        if (e.origin() != null) {
            content.append("|origin:").append(e.origin());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }
}
