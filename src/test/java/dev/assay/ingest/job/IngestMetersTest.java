package dev.assay.ingest.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assay.ingest.feed.Inbox;
import dev.assay.support.PrometheusScrape;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;

/** The ingest counters reach Prometheus: files by outcome, rows, ticks by lock, time and the last tick. */
@QuarkusTest
class IngestMetersTest {

    private static final String SECTOR = "ingest-meters-test";
    private static final String IMPORTED = "assay_ingest_files_total{outcome=\"imported\"}";
    private static final String FAILED = "assay_ingest_files_total{outcome=\"failed\"}";
    private static final String DUPLICATE = "assay_ingest_files_total{outcome=\"duplicate\"}";
    private static final String ROWS = "assay_ingest_rows_total";
    private static final String TICKS = "assay_ingest_ticks_total{lock=\"held\"}";
    private static final String LAST_TICK = "assay_ingest_last_tick_seconds";

    @Inject
    IngestJob job;

    @Inject
    TestSeries series;

    @TempDir
    Path inbox;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector(SECTOR);
    }

    @Test
    void aTickShowsInTheCounters() throws Exception {
        String slug = "meters-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, SECTOR, "WEEKLY", null);
        String csv = "commodity,date,value\n" + slug + ",2026-10-07,101.25\n" + slug + ",2026-10-14,102.5\n";
        Files.writeString(inbox.resolve("prices.csv"), csv);
        Files.writeString(inbox.resolve("prices-again.csv"), csv);
        Files.writeString(inbox.resolve("broken.csv"), "commodity,date,value\n" + slug + ",2026-10-21,12,5\n");
        PrometheusScrape before = PrometheusScrape.now();

        assertTrue(job.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));

        PrometheusScrape after = PrometheusScrape.now();
        assertEquals(1, after.require(IMPORTED) - before.require(IMPORTED));
        assertEquals(1, after.require(DUPLICATE) - before.require(DUPLICATE));
        assertEquals(1, after.require(FAILED) - before.require(FAILED));
        assertEquals(2, after.require(ROWS) - before.require(ROWS), "the two prints of the CSV");
        assertEquals(1, after.require(TICKS) - before.require(TICKS));
        assertTrue(after.require(LAST_TICK) > 1.7e9, "the last tick as seconds since the epoch");
        assertTrue(after.has("assay_ingest_time_seconds_total "));
    }
}
