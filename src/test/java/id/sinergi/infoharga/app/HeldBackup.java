package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Backups;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup held at its first write, after its transaction has begun and before any table is streamed, until
 * {@link #finish()}: the widest window for saves and housekeeping made while a backup runs.
 */
final class HeldBackup {
    private final CountDownLatch streaming = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Void> running;

    private HeldBackup(Database db, Store store) {
        OutputStream held = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                streaming.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                bytes.write(b, off, len);
            }
        };
        running = CompletableFuture.runAsync(() -> {
            try {
                Backups.write(db, store.device(), Instant.now(), held);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Starts a backup of {@code db} on another thread and returns once it is held at its first write. */
    static HeldBackup start(Database db, Store store) throws InterruptedException {
        HeldBackup backup = new HeldBackup(db, store);
        assertThat(backup.streaming.await(60, TimeUnit.SECONDS)).as("the backup started streaming").isTrue();
        return backup;
    }

    /** Lets the backup go on and returns the whole backup once written. */
    byte[] finish() throws Exception {
        release.countDown();
        running.get(120, TimeUnit.SECONDS);
        return bytes.toByteArray();
    }

    /** Saves one market-day of every active commodity at random prices between Rp10.000 and Rp29.950. */
    static void saveMarketDay(EntryService entries, Actor officer, Catalog catalog, int market, LocalDate day,
                              Random random) {
        List<MarketDayEntry.Line> lines = new ArrayList<>();
        for (Commodity c : catalog.activeCommodities()) {
            lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 50L * random.nextInt(400), List.of(), null));
        }
        entries.save(officer, new MarketDayEntry(market, day, lines));
    }
}
