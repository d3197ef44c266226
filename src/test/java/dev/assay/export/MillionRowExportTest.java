package dev.assay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A million prints stream out in constant memory; a slow client is waited for, one that leaves stops the query. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MillionRowExportTest {

    private static final String SECTOR = "export-bulk";
    private static final int SERIES = 1000;
    private static final int PRINTS = 1000;
    /*
     * Holding a million rows as (slug, LocalDate, BigDecimal) takes about 145 MB of live heap, and the CSV body
     * alone about 33 MB: a bound below both shows the rows are neither collected nor buffered.
     */
    private static final long LIVE_GROWTH_LIMIT = 24 * HeapSampler.MB;

    @Inject
    TestSeries series;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/export/prices.csv")
    URI csv;

    /** How long the whole export took a client reading at full speed; measured by the first test. */
    private long fullExportMillis = 5_000;

    private final String partner = Tokens.partner("partner-" + UUID.randomUUID());

    @BeforeAll
    void createAMillionPrints() {
        long started = System.nanoTime();
        series.createBulk(SECTOR, SERIES, PRINTS);
        Log.infof("Created %d prints in %d ms", SERIES * PRINTS, (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void removeThem() {
        series.deleteSector(SECTOR);
    }

    @Test
    @Order(1)
    void aMillionPrintsStreamAsChunkedCsvInConstantMemory() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(csv).header("Authorization", "Bearer " + partner).build();
        long bulkRows = 0;
        long otherRows = 0;
        long seriesSeen = 0;
        String previous = "";
        long started = System.nanoTime();
        HeapSampler heap = new HeapSampler();
        try (heap) {
            HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse(null));
            assertTrue(response.headers().firstValue("Content-Length").isEmpty());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                assertEquals("commodity,date,value", lines.readLine());
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.startsWith(SECTOR + "-")) {
                        otherRows++;
                        continue;
                    }
                    bulkRows++;
                    // Series in display order (bulk series n has display order 1000 + n), dates ascending within.
                    String slug = line.substring(0, line.indexOf(','));
                    if (!previous.startsWith(slug + ",")) {
                        seriesSeen++;
                        assertEquals(SECTOR + "-" + seriesSeen, slug, "series order");
                    } else if (line.compareTo(previous) <= 0) {
                        fail("dates ascend within a series: " + previous + " then " + line);
                    }
                    previous = line;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Log.infof("Read %d bulk and %d other rows in %d ms", bulkRows, otherRows, millis);
        assertEquals((long) SERIES * PRINTS, bulkRows);
        assertEquals(SERIES, seriesSeen);
        assertTrue(otherRows >= 180, "the seed series are exported too");
        assertTrue(heap.liveSamples() >= 3, "the live heap was sampled during the export");
        assertTrue(heap.liveGrowth() < LIVE_GROWTH_LIMIT, () -> "live heap grew by " + heap.liveGrowth() / HeapSampler.MB
                + " MB during the export");
        fullExportMillis = millis;
    }

    @Test
    @Order(2)
    void aStalledClientIsWaitedForAndOneThatLeavesEndsTheQuery() throws Exception {
        try (Socket socket = new Socket(csv.getHost(), csv.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + csv.getPath() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + partner
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals(512, socket.getInputStream().readNBytes(512).length, "the export started");
            // The client reads no more. Given twice the time a whole export takes, a server that ignored
            // back-pressure would have queued every row and finished; this one must still be waiting.
            Thread.sleep(Math.min(2 * fullExportMillis + 1_000, 240_000));
            assertTrue(exportRunning(), "the export waits for a client that stopped reading, holding its cursor");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (exportRunning() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(exportRunning(), "the export's transaction ended after the client left");
    }

    /** Whether a database session is still inside the export's transaction (running it or waiting to fetch). */
    private boolean exportRunning() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE pid <> pg_backend_pid() AND state <> 'idle'
                           AND query LIKE '%FROM price_point p JOIN commodity c%ANY%'
                        """)) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
