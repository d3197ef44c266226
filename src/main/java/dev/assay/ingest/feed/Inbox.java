package dev.assay.ingest.feed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The directory feed files are dropped into, with {@code processed/} and {@code failed/} for files done with. */
public final class Inbox {

    /** How long a file must stay unmodified before it is taken, unless the constructor says otherwise. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(10);

    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    static final String ERROR_SUFFIX = ".error";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A file found in the inbox and when it was last written. */
    private record Candidate(Path path, Instant modified) {
    }

    private final Path root;
    private final Path processed;
    private final Path failed;
    private final Duration settle;
    private final Clock clock;

    public Inbox(Path root) {
        this(root, DEFAULT_SETTLE);
    }

    public Inbox(Path root, Duration settle) {
        this(root, settle, Clock.systemUTC());
    }

    /** An inbox over {@code root}, creating it and its {@code processed/} and {@code failed/} when missing. */
    public Inbox(Path root, Duration settle, Clock clock) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.settle = Objects.requireNonNull(settle, "settle");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle must not be negative, was " + settle);
        }
        this.processed = this.root.resolve(PROCESSED);
        this.failed = this.root.resolve(FAILED);
        try {
            Files.createDirectories(processed);
            Files.createDirectories(failed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox directories under " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path processedDirectory() {
        return processed;
    }

    public Path failedDirectory() {
        return failed;
    }

    /**
     * The files ready to ingest, oldest first (then by name): regular files directly in the root that are not
     * hidden, not an upload in progress ({@code .part}, {@code .tmp}) and unmodified for the settle time.
     */
    public List<Path> pending() {
        Instant settledBy = clock.instant().minus(settle);
        List<Candidate> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!looksComplete(entry.getFileName().toString())) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // renamed or taken away since the listing
                }
                Instant modified = attributes.lastModifiedTime().toInstant();
                if (attributes.isRegularFile() && (settle.isZero() || !modified.isAfter(settledBy))) {
                    found.add(new Candidate(entry, modified));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + root, e);
        }
        found.sort(Comparator.comparing(Candidate::modified)
                .thenComparing(candidate -> candidate.path().getFileName().toString()));
        return found.stream().map(Candidate::path).toList();
    }

    /** Moves {@code file} to {@code processed/}, renamed with a timestamp if that name is taken; returns where. */
    public Path markProcessed(Path file) {
        Path source = inRoot(file);
        Path target = freeName(processed, source.getFileName().toString(), false, clock.instant());
        moveAtomically(source, target);
        return target;
    }

    /**
     * Moves {@code file} to {@code failed/}, renamed with a timestamp if that name is taken, and writes why
     * beside it as {@code <name>.error}; returns where the file went.
     */
    public Path markFailed(Path file, String reason) {
        Objects.requireNonNull(reason, "reason");
        Path source = inRoot(file);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String name = source.getFileName().toString();
        Path target = freeName(failed, name, true, at);
        moveAtomically(source, target);
        writeError(target, errorText(reason, name, target.getFileName().toString(), at));
        return target;
    }

    private static boolean looksComplete(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".part") && !lower.endsWith(".tmp");
    }

    private Path inRoot(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (!root.equals(absolute.getParent())) {
            throw new IllegalArgumentException(file + " is not a file of the inbox " + root);
        }
        return absolute;
    }

    /**
     * {@code name} in {@code directory}, or {@code <base>-<UTC timestamp>[-n]<.ext>} when taken; in failed/ the
     * {@code .error} beside it must be free too, so an earlier failure's reason is never overwritten.
     */
    private static Path freeName(Path directory, String name, boolean withError, Instant at) {
        if (isFree(directory, name, withError)) {
            return directory.resolve(name);
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String stamped = base + "-" + STAMP.format(at);
        for (int n = 1; ; n++) {
            String candidate = stamped + (n == 1 ? "" : "-" + n) + extension;
            if (isFree(directory, candidate, withError)) {
                return directory.resolve(candidate);
            }
        }
    }

    private static boolean isFree(Path directory, String name, boolean withError) {
        return Files.notExists(directory.resolve(name), LinkOption.NOFOLLOW_LINKS)
                && (!withError || Files.notExists(directory.resolve(name + ERROR_SUFFIX), LinkOption.NOFOLLOW_LINKS));
    }

    // A rename within one filesystem: the file is never seen half moved. processed/ and failed/ live under the
    // root, so an atomic move is always possible unless one is a mount point, which is a setup error.
    private static void moveAtomically(Path source, Path target) {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("cannot move " + source.getFileName() + " atomically to "
                    + target.getParent() + "; it must be on the same filesystem as the inbox", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source.getFileName() + " to " + target, e);
        }
    }

    static String errorText(String reason, String name, String storedAs, Instant at) {
        StringBuilder text = new StringBuilder(reason.stripTrailing()).append("\n\nfile: ").append(name).append('\n');
        if (!storedAs.equals(name)) {
            text.append("stored as: ").append(storedAs).append('\n');
        }
        return text.append("failed at: ").append(DateTimeFormatter.ISO_INSTANT.format(at)).append('\n').toString();
    }

    /** Writes the reason under a temporary name first, so a reader never sees a partial .error file. */
    private void writeError(Path target, String text) {
        Path errorFile = target.resolveSibling(target.getFileName() + ERROR_SUFFIX);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(failed, ".", ERROR_SUFFIX + ".tmp");
            Files.writeString(temporary, text, UTF_8);
            try {
                Files.move(temporary, errorFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, errorFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + errorFile, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The temporary file is hidden and pending() never lists failed/: a leftover harms nothing.
        }
    }
}
