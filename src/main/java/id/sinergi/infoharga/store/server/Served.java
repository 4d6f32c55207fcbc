package id.sinergi.infoharga.store.server;

import id.sinergi.infoharga.domain.sync.Change;

/** A change as the server serves it: its place in the server's order (per server, never global) and the change. */
public record Served(long serverSeq, Change change) {
}
