package id.sinergi.infoharga.app;

import id.sinergi.infoharga.store.StorageFullException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The one door through which the application writes a file at a path a person chose (reports, briefs, exports,
 * backups with {@code --out}, the desktop's save dialogs, exchange packages): every such writer goes through
 * {@link #write}.
 * <p>
 * Why: a path a person types may name the application's own files ({@code --out DATA/infoharga.mv.db} wrote a brief
 * over the live database). So nothing is written anywhere inside the open data folder, however the path reaches it
 * (another spelling, {@code ..}, a symbolic link, another letter case); an existing file is replaced only when the
 * person said so ({@code --force}, or the desktop's confirmation); and the content always goes to a temporary file
 * beside the target first and is renamed over it in one step, so that a failure or a full disk leaves the old file
 * as it was and never half a new one. Renaming also replaces the name rather than writing into the file it named:
 * a hard link to something else is never written through.
 */
public final class OutputTarget {
    /** Writes the content; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the content into {@code file}, a new empty file beside the target, as it likes: for a writer that goes
     * back over what it wrote (an exchange package seals its own bytes with a signature at the end).
     */
    @FunctionalInterface
    public interface FileContent {
        void writeInto(Path file) throws IOException;
    }

    private final List<Path> protectedRoots;
    private final Messages messages;

    /** Guards the data folder {@code dataFolder}: nothing a person names may be written inside it. */
    public OutputTarget(Path dataFolder, Messages messages) {
        this.messages = messages;
        List<Path> roots = new ArrayList<>();
        Path absolute = dataFolder.toAbsolutePath().normalize();
        roots.add(absolute);
        try {
            roots.add(absolute.toRealPath());
        } catch (IOException notThereYet) {
            // A folder that does not exist yet has no other spelling.
        }
        this.protectedRoots = List.copyOf(roots);
    }

    /**
     * Checks that {@code chosen} may be written, without writing: the path as it will be written (absolute).
     *
     * @param replace the person agreed to replace an existing file
     * @throws UserInputException with the reason, in the person's words
     */
    public Path check(Path chosen, boolean replace) {
        Path target = chosen.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UserInputException(messages.get("trust.output.isFolder", target));
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserInputException(messages.get("report.error.folder", parent));
        }
        Path resolved;
        try {
            resolved = parent.toRealPath().resolve(target.getFileName());
        } catch (IOException e) {
            throw new UserInputException(messages.get("trust.output.unwritable", target, e.getMessage()));
        }
        for (Path candidate : spellings(target, resolved)) {
            if (insideDataFolder(candidate)) {
                throw new UserInputException(messages.get("trust.output.dataFolder", target,
                        protectedRoots.get(0)));
            }
        }
        if (Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw new UserInputException(messages.get("trust.output.exists", target));
        }
        return target;
    }

    /**
     * Writes {@code content} to {@code chosen} after {@link #check}: into a new hidden file beside it, then renamed
     * over it in one step. On any failure the temporary file is removed and an existing file stays as it was.
     *
     * @throws UserInputException when the path may not be written or the file system refuses it
     * @throws OutputDiskFullException when the disk is full
     */
    public Path write(Path chosen, boolean replace, Content content) {
        FailureRecorder[] recorded = {null};
        return place(chosen, replace, temp -> {
            recorded[0] = new FailureRecorder(Files.newOutputStream(temp));
            try (OutputStream out = new BufferedOutputStream(recorded[0], 1 << 16)) {
                content.writeTo(out);
            }
        }, () -> recorded[0] == null ? null : recorded[0].failure);
    }

    /**
     * As {@link #write(Path, boolean, Content)}, the content written into the temporary file by {@code content}
     * itself.
     */
    public Path writeFile(Path chosen, boolean replace, FileContent content) {
        return place(chosen, replace, content, () -> null);
    }

    private Path place(Path chosen, boolean replace, FileContent content,
                       java.util.function.Supplier<IOException> recordedFailure) {
        Path target = check(chosen, replace);
        Path folder = target.getParent();
        Path temp = null;
        try {
            // With the folder's usual rights: a temporary file would be the owner's alone, and the report moved into
            // place from it too, while it is meant to be shared.
            temp = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
            content.writeInto(temp);
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temp = null;
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new UserInputException(messages.get("trust.output.exists", target));
        } catch (IOException | UncheckedIOException e) {
            throw failure(e, target);
        } catch (RuntimeException e) {
            // Writer libraries wrap a failed write in their own exceptions, not always with its cause (POI:
            // OpenXML4JRuntimeException "failed to be saved"): the file system's own error is the one recorded.
            IOException recorded = recordedFailure.get();
            if (recorded != null) {
                throw failure(recorded, target);
            }
            if (e instanceof StorageFullException || StorageFullException.causedBy(e, folder)) {
                throw new OutputDiskFullException(target, e);
            }
            throw e;
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Passes writes through and keeps the first error the file system gave. */
    private static final class FailureRecorder extends java.io.FilterOutputStream {
        private IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    private RuntimeException failure(Exception e, Path target) {
        if (StorageFullException.causedBy(e, target.getParent())) {
            return new OutputDiskFullException(target, e);
        }
        return new UserInputException(messages.get("trust.output.unwritable", target, e.getMessage()));
    }

    /** The path as typed, with its folder's links resolved, and where a link at the path itself points. */
    private static List<Path> spellings(Path typed, Path resolved) {
        List<Path> all = new ArrayList<>(List.of(typed, resolved));
        if (Files.isSymbolicLink(resolved)) {
            try {
                Path link = Files.readSymbolicLink(resolved);
                all.add(resolved.getParent().resolve(link).normalize());
            } catch (IOException ignored) {
                // An unreadable link: the other spellings are still checked.
            }
        }
        realPath(resolved).ifPresent(all::add);
        return all;
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Files.exists(p) ? Optional.of(p.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code p} is the data folder or anything in it, compared without regard to letter case: on the file
     * systems of Windows and macOS {@code INFOHARGA.MV.DB} is the database, and elsewhere refusing it costs nothing.
     */
    boolean insideDataFolder(Path p) {
        String path = lower(p.toAbsolutePath().normalize());
        for (Path root : protectedRoots) {
            String r = lower(root);
            String sep = root.getFileSystem().getSeparator();
            if (path.equals(r) || path.startsWith(r.endsWith(sep) ? r : r + sep)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Path p) {
        return p.toString().toLowerCase(Locale.ROOT);
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A hidden temporary file is harmless; the target was moved into place or never written.
            }
        }
    }
}
