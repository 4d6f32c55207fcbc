package id.sinergi.infoharga.app.sync;

import java.nio.file.Path;

/**
 * What reading one package did: its sender, how many changes were new here, already held, and how many became
 * conflicts (a change that lost to one whose author had not seen it).
 */
public record ReceiveResult(Path file, SenderInfo sender, long changes, int fresh, int known, int conflicts) {
}
