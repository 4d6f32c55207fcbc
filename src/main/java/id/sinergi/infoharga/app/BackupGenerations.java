package id.sinergi.infoharga.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The automatic backups of a data folder: one file a day, {@code backup/infoharga-YYYY-MM-DD.zip}, of which the
 * newest 7 days and the newest backup of each of the last 4 ISO weeks are kept.
 */
public final class BackupGenerations {
    public static final String FOLDER = "backup";
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    private static final Pattern NAME = Pattern.compile("infoharga-(\\d{4}-\\d{2}-\\d{2})\\.zip");

    private BackupGenerations() {
    }

    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    public static Path fileFor(Path dataFolder, LocalDate day) {
        return folder(dataFolder).resolve("infoharga-" + day + ".zip");
    }

    /** The automatic backups there are, by day. */
    public static Map<LocalDate, Path> existing(Path dataFolder) {
        Map<LocalDate, Path> byDay = new TreeMap<>();
        Path dir = folder(dataFolder);
        if (!Files.isDirectory(dir)) {
            return byDay;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        byDay.put(LocalDate.parse(m.group(1)), f);
                    } catch (DateTimeParseException notADate) {
                        // Someone else's file with a similar name: leave it alone.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byDay;
    }

    /**
     * The newest backup in {@code backup/} that can be restored (automatic, before a compact, or any other of this
     * format), by the time in its manifest: where to restore from when the database is damaged.
     */
    public static Optional<Path> latest(Path dataFolder) {
        Path dir = folder(dataFolder);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path newest = null;
            java.time.Instant newestAt = null;
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f))
                    .toList()) {
                Optional<java.time.Instant> at = id.sinergi.infoharga.store.BackupArchive.manifestOf(f)
                        .map(id.sinergi.infoharga.store.BackupArchive.Manifest::createdAt);
                if (at.isPresent() && (newestAt == null || at.get().isAfter(newestAt))) {
                    newest = f;
                    newestAt = at.get();
                }
            }
            return Optional.ofNullable(newest);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The days to keep among {@code days}: the newest {@link #DAILY}, and the newest of each of {@link #WEEKLY} weeks. */
    public static Set<LocalDate> toKeep(Iterable<LocalDate> days) {
        Set<LocalDate> distinct = new java.util.TreeSet<>(Comparator.reverseOrder());
        days.forEach(distinct::add);
        List<LocalDate> newestFirst = List.copyOf(distinct);
        Set<LocalDate> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(DAILY, newestFirst.size())));
        Set<Long> weeks = new LinkedHashSet<>();
        for (LocalDate d : newestFirst) {
            long week = d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(d);
            }
        }
        return keep;
    }

    /** Deletes the automatic backups that fall out of the generations; returns the deleted files. */
    public static List<Path> prune(Path dataFolder) {
        Map<LocalDate, Path> all = existing(dataFolder);
        Set<LocalDate> keep = toKeep(all.keySet());
        List<Path> gone = all.entrySet().stream().filter(e -> !keep.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
        for (Path f : gone) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gone;
    }
}
