package dev.assay.ingest.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {

    private static final Instant NOW = Instant.parse("2026-05-28T09:30:15.250Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path root;

    private Inbox inbox() {
        return new Inbox(root, Duration.ZERO, CLOCK);
    }

    private Path drop(String name, Instant modified) throws IOException {
        Path file = Files.writeString(root.resolve(name), "content of " + name, UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(path -> path.getFileName().toString()).toList();
    }

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsItsDirectories() {
        Path nested = root.resolve("feeds").resolve("inbox");

        Inbox inbox = new Inbox(nested, Duration.ZERO);

        assertTrue(Files.isDirectory(nested.resolve("processed")));
        assertTrue(Files.isDirectory(nested.resolve("failed")));
        assertEquals(nested.resolve("processed"), inbox.processedDirectory());
        assertEquals(nested.resolve("failed"), inbox.failedDirectory());
        assertEquals(List.of(), inbox.pending());
    }

    @Test
    void pendingIsOldestFirstThenByName() throws IOException {
        Inbox inbox = inbox();
        drop("c.csv", NOW.minusSeconds(300));
        drop("b.ndjson", NOW.minusSeconds(600));
        drop("a.json", NOW.minusSeconds(300));
        drop("z.txt", NOW.minusSeconds(900));

        assertEquals(List.of("z.txt", "b.ndjson", "a.json", "c.csv"), names(inbox.pending()));
        assertEquals(root.resolve("z.txt").toAbsolutePath(), inbox.pending().get(0));
    }

    @Test
    void skipsUploadsInProgressHiddenFilesAndDirectories() throws IOException {
        Inbox inbox = inbox();
        Instant old = NOW.minusSeconds(3600);
        drop("prices.csv", old);
        drop("prices.csv.part", old);
        drop("upload.TMP", old);
        drop("next.tmp", old);
        drop(".hidden.csv", old);
        drop(".DS_Store", old);
        Files.createDirectory(root.resolve("archive.csv"));
        Files.writeString(inbox.processedDirectory().resolve("done.csv"), "x");
        Files.writeString(inbox.failedDirectory().resolve("bad.csv"), "x");

        assertEquals(List.of("prices.csv"), names(inbox.pending()));
    }

    @Test
    void unsupportedNamesArePendingSoTheyCanBeFailed() throws IOException {
        drop("prices.xlsx", NOW.minusSeconds(60));

        assertEquals(List.of("prices.xlsx"), names(inbox().pending()));
    }

    @Test
    void honoursTheSettleTime() throws IOException {
        Inbox inbox = new Inbox(root, Duration.ofSeconds(30), CLOCK);
        drop("settled.csv", NOW.minusSeconds(31));
        drop("just-settled.csv", NOW.minusSeconds(30));
        drop("writing.csv", NOW.minusSeconds(29));
        drop("clock-skew.csv", NOW.plusSeconds(5));

        assertEquals(List.of("settled.csv", "just-settled.csv"), names(inbox.pending()));
        assertEquals(4, names(new Inbox(root, Duration.ZERO, CLOCK).pending()).size());
    }

    @Test
    void defaultSettleLeavesAFreshFileAlone() throws IOException {
        Files.writeString(root.resolve("fresh.csv"), "x");

        assertEquals(List.of(), new Inbox(root).pending());
        assertEquals(List.of("fresh.csv"), names(new Inbox(root, Duration.ZERO).pending()));
    }

    @Test
    void markProcessedMovesTheFile() throws IOException {
        Inbox inbox = inbox();
        Path file = drop("prices.csv", NOW.minusSeconds(60));

        Path moved = inbox.markProcessed(inbox.pending().get(0));

        assertEquals(inbox.processedDirectory().resolve("prices.csv"), moved);
        assertFalse(Files.exists(file));
        assertEquals("content of prices.csv", Files.readString(moved));
        assertEquals(List.of(), inbox.pending());
    }

    @Test
    void markProcessedNeverOverwrites() throws IOException {
        Inbox inbox = inbox();

        Path first = inbox.markProcessed(drop("prices.csv", NOW));
        Path second = inbox.markProcessed(drop("prices.csv", NOW));
        Path third = inbox.markProcessed(drop("prices.csv", NOW));
        Path noExtension = inbox.markProcessed(drop("prices", NOW));
        Path againNoExtension = inbox.markProcessed(drop("prices", NOW));

        assertEquals("prices.csv", first.getFileName().toString());
        assertEquals("prices-20260528T093015Z.csv", second.getFileName().toString());
        assertEquals("prices-20260528T093015Z-2.csv", third.getFileName().toString());
        assertEquals("prices-20260528T093015Z", againNoExtension.getFileName().toString());
        assertEquals(List.of("prices", "prices-20260528T093015Z", "prices-20260528T093015Z-2.csv",
                "prices-20260528T093015Z.csv", "prices.csv"), listing(inbox.processedDirectory()));
        assertEquals(noExtension.getParent(), inbox.processedDirectory());
    }

    @Test
    void markFailedMovesTheFileAndWritesWhy() throws IOException {
        Inbox inbox = inbox();
        drop("prices.csv", NOW.minusSeconds(60));

        Path moved = inbox.markFailed(inbox.pending().get(0), "line 7, field value: '12,5' is not a decimal number");

        assertEquals(inbox.failedDirectory().resolve("prices.csv"), moved);
        assertEquals("content of prices.csv", Files.readString(moved));
        assertEquals(List.of("prices.csv", "prices.csv.error"), listing(inbox.failedDirectory()));
        assertEquals("line 7, field value: '12,5' is not a decimal number\n"
                + "\n"
                + "file: prices.csv\n"
                + "failed at: 2026-05-28T09:30:15.250Z\n",
                Files.readString(inbox.failedDirectory().resolve("prices.csv.error"), UTF_8));
        assertEquals(List.of(), inbox.pending());
    }

    @Test
    void markFailedNeverOverwritesAFileOrItsReason() throws IOException {
        Inbox inbox = inbox();
        inbox.markFailed(drop("prices.csv", NOW), "first reason");

        Path second = inbox.markFailed(drop("prices.csv", NOW), "second reason\n");

        assertEquals("prices-20260528T093015Z.csv", second.getFileName().toString());
        assertEquals(List.of("prices-20260528T093015Z.csv", "prices-20260528T093015Z.csv.error", "prices.csv",
                "prices.csv.error"), listing(inbox.failedDirectory()));
        assertTrue(Files.readString(inbox.failedDirectory().resolve("prices.csv.error")).startsWith("first reason\n\n"));
        assertEquals("second reason\n"
                + "\n"
                + "file: prices.csv\n"
                + "stored as: prices-20260528T093015Z.csv\n"
                + "failed at: 2026-05-28T09:30:15.250Z\n",
                Files.readString(second.resolveSibling("prices-20260528T093015Z.csv.error"), UTF_8));
    }

    @Test
    void aFailedFileNamedLikeAReasonIsNotOverwrittenByOne() throws IOException {
        Inbox inbox = inbox();
        inbox.markFailed(drop("prices.csv.error", NOW), "unsupported file type");

        Path csv = inbox.markFailed(drop("prices.csv", NOW), "bad value");

        assertEquals("prices-20260528T093015Z.csv", csv.getFileName().toString());
        assertEquals("content of prices.csv.error",
                Files.readString(inbox.failedDirectory().resolve("prices.csv.error")));
    }

    @Test
    void reasonIsWrittenAsUtf8() throws IOException {
        Inbox inbox = inbox();

        Path moved = inbox.markFailed(drop("prix.csv", NOW), "line 2, field commodity: 'côte' is not a commodity slug");

        String error = Files.readString(moved.resolveSibling("prix.csv.error"), UTF_8);
        assertTrue(error.startsWith("line 2, field commodity: 'côte'"), error);
    }

    @Test
    void refusesFilesOutsideTheInbox() throws IOException {
        Inbox inbox = inbox();
        Path elsewhere = Files.writeString(inbox.processedDirectory().resolve("done.csv"), "x");

        assertThrows(IllegalArgumentException.class, () -> inbox.markProcessed(elsewhere));
        assertThrows(IllegalArgumentException.class, () -> inbox.markFailed(elsewhere, "reason"));
        assertTrue(Files.exists(elsewhere));
    }

    @Test
    void acceptsRelativePathsIntoTheInbox() throws IOException {
        Inbox inbox = inbox();
        drop("prices.csv", NOW);
        Path relative = Path.of("").toAbsolutePath().relativize(root.resolve("prices.csv").toAbsolutePath());

        assertEquals(inbox.processedDirectory().resolve("prices.csv"), inbox.markProcessed(relative));
    }

    @Test
    void refusesANegativeSettleTime() {
        assertThrows(IllegalArgumentException.class, () -> new Inbox(root, Duration.ofSeconds(-1)));
    }
}
