package dev.assay.ingest.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assay.ingest.feed.Inbox;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;

/** Files dropped into the inbox are imported once, or refused whole with a reason. */
@QuarkusTest
class IngestJobTest {

    @Inject
    IngestJob job;

    @Inject
    TestSeries series;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("ingest-test");
    }

    @Inject
    EntityManager em;

    @TempDir
    Path root;

    private String slug;

    @BeforeEach
    void createCommodity() {
        slug = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "ingest-test", "WEEKLY", null);
    }

    @Test
    void importsTheSeedPayloadsACsvAndRefusesABrokenFileWholesale() throws Exception {
        Inbox inbox = new Inbox(root, Duration.ZERO);
        copySeed("000_19c73154af895443.txt", "page-000.json");
        copySeed("002_f22a0f1a84bb31d8.txt", "page-002.json");
        Files.writeString(root.resolve("prices.csv"),
                "commodity,date,value\n" + slug + ",2026-10-07,101.25\n" + slug + ",2026-10-14,102.5\n");
        Files.writeString(root.resolve("broken.csv"),
                "commodity,date,value\n" + slug + ",2026-10-21,103\n" + slug + ",2026-10-28,12,5\n");
        Files.writeString(root.resolve("notes.docx"), "not a feed");
        long before = prints();

        assertTrue(job.runOnce(inbox, List.of()));

        assertEquals(2, prints() - before, "the CSV's two prints, and nothing of the broken file");
        List<String> processed = names(root.resolve("processed"));
        assertTrue(processed.containsAll(List.of("page-000.json", "page-002.json", "prices.csv")), processed.toString());
        List<String> failed = names(root.resolve("failed"));
        assertTrue(failed.containsAll(List.of("broken.csv", "broken.csv.error", "notes.docx", "notes.docx.error")));
        String reason = Files.readString(root.resolve("failed").resolve("broken.csv.error"));
        assertTrue(reason.contains("line 3") && reason.contains("value"), reason);
        assertTrue(Files.readString(root.resolve("failed").resolve("notes.docx.error")).contains("unsupported"));
        assertEquals(List.of(), names(root).stream().filter(n -> !n.equals("processed") && !n.equals("failed")).toList());
    }

    @Test
    void aFileImportedTwiceChangesNothing() throws Exception {
        Inbox inbox = new Inbox(root, Duration.ZERO);
        String csv = "commodity,date,value\n" + slug + ",2026-10-07,101.25\n";
        Files.writeString(root.resolve("a.csv"), csv);
        job.runOnce(inbox, List.of());
        long revisions = revisions();
        Files.writeString(root.resolve("a-again.csv"), csv);
        Files.writeString(root.resolve("a-same-rows.ndjson"),
                "{\"commodity\":\"" + slug + "\",\"date\":\"2026-10-07\",\"value\":\"101.25\"}\n");
        job.runOnce(inbox, List.of());
        assertEquals(revisions, revisions());
        assertEquals(3, names(root.resolve("processed")).size());
    }

    @Test
    void anUnknownCommodityFailsTheFileWithItsLine() throws Exception {
        Files.writeString(root.resolve("unknown.ndjson"), "{\"commodity\":\"" + slug + "\",\"date\":\"2026-10-07\",\"value\":1}\n"
                + "{\"commodity\":\"unobtainium\",\"date\":\"2026-10-07\",\"value\":2}\n");
        long before = prints();
        job.runOnce(new Inbox(root, Duration.ZERO), List.of());
        assertEquals(before, prints());
        String reason = Files.readString(root.resolve("failed").resolve("unknown.ndjson.error"));
        assertTrue(reason.contains("line 2") && reason.contains("unobtainium"), reason);
    }

    @Test
    void twoReplicasOnOneDatabaseImportEachFileOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(root.resolve("feed-" + i + ".csv"), "commodity,date,value\n" + slug + ",2026-09-"
                    + String.format("%02d", i + 1) + "," + (100 + i) + "\n" + slug + ",2026-10-"
                    + String.format("%02d", i + 1) + "," + (200 + i) + "\n");
        }
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> ticks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ticks.add(() -> job.runOnce(new Inbox(root, Duration.ZERO), List.of()));
            }
            for (Future<Boolean> tick : replicas.invokeAll(ticks)) {
                tick.get();
            }
        } finally {
            replicas.shutdown();
        }
        assertEquals(16, revisions(), "every row once, none twice");
        assertEquals(16, prints());
        assertEquals(8, names(root.resolve("processed")).size());
        assertFalse(Files.exists(root.resolve("failed")) && !names(root.resolve("failed")).isEmpty());
        assertEquals(8L, ((Number) em.createNativeQuery(
                "select count(*) from import_ledger where source_name like 'feed-%.csv'").getSingleResult()).longValue(),
                "one ledger entry per file");
    }

    @Test
    void anHttpFeedIsPolledConditionallyAndImportedLikeAFile() throws Exception {
        String csv = "commodity,date,value\n" + slug + ",2026-10-07,77.7\n";
        java.util.concurrent.atomic.AtomicInteger fullAnswers = new java.util.concurrent.atomic.AtomicInteger();
        io.vertx.core.http.HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if ("\"v1\"".equals(request.getHeader("If-None-Match"))) {
                request.response().setStatusCode(304).end();
            } else {
                fullAnswers.incrementAndGet();
                request.response().putHeader("ETag", "\"v1\"").putHeader("Content-Type", "text/csv").end(csv);
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        try {
            java.net.URI feed = java.net.URI.create("http://127.0.0.1:" + server.actualPort() + "/feeds/prices.csv");
            Inbox inbox = new Inbox(root, Duration.ZERO);
            job.runOnce(inbox, List.of(feed));
            job.runOnce(inbox, List.of(feed));
            assertEquals(1, fullAnswers.get(), "the second poll is answered 304 Not Modified");
            assertEquals(1, prints());
            assertEquals(1, names(root.resolve("processed")).size());
            assertTrue(names(root.resolve("processed")).get(0).endsWith(".csv"));
        } finally {
            server.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    @Inject
    io.vertx.core.Vertx vertx;

    private void copySeed(String seed, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
            Files.writeString(root.resolve(as), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private long prints() {
        return count("select count(*) from price_point p join commodity c on c.id = p.commodity_id where c.slug = ?1");
    }

    private long revisions() {
        return count("select count(*) from price_revision r join price_point p on p.id = r.price_point_id "
                + "join commodity c on c.id = p.commodity_id where c.slug = ?1");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, slug).getSingleResult()).longValue();
    }
}
