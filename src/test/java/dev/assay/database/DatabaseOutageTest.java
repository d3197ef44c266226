package dev.assay.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.ingest.feed.Inbox;
import dev.assay.ingest.job.IngestJob;
import dev.assay.support.DatabaseProxy;
import dev.assay.support.GraphQLClient;
import dev.assay.support.LiveClient;
import dev.assay.support.ProxiedDatabase;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The database goes away and comes back, as a restart or a failover does: requests are answered at once with
 * UNAVAILABLE (503 before they start), the ingest waits and imports the file afterwards, a load cut short leaves
 * no row behind, subscriptions stay open, and everything works again with no restart of the service.
 */
@QuarkusTest
@QuarkusTestResource(value = ProxiedDatabase.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKER = "{\"query\":\"{ ticker { label today } }\"}";

    @Inject
    IngestJob ingest;

    @Inject
    DatabaseAvailability database;

    @Inject
    TestSeries series;

    @TempDir
    Path inbox;

    private final HttpClient http = HttpClient.newHttpClient();
    private DatabaseProxy proxy;
    private String slug;

    @BeforeEach
    void createCommodity() {
        proxy = ProxiedDatabase.proxy();
        slug = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "outage-test", "WEEKLY", null);
    }

    @AfterEach
    void restoreTheDatabase() {
        proxy.restore();
        awaitUntil(database::isUp, "the database is reachable again");
        series.deleteSector("outage-test");
    }

    @Test
    void whileTheDatabaseIsDownRequestsAreAnsweredUnavailableAndAfterwardsNormally() throws Exception {
        assertEquals(200, post(TICKER).statusCode());

        proxy.cut();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = post(TICKER);
            JsonNode body = JSON.readTree(response.body());
            assertTrue(response.statusCode() == 503 || response.statusCode() == 200, response.toString());
            assertEquals(DatabaseUnavailableException.CODE, body.path("errors").path(0).path("extensions").path("code")
                    .asText(), response.body());
            assertFalse(response.body().contains("System error"), response.body());
            Thread.sleep(100);
        }
        awaitUntil(() -> !database.isUp(), "the outage is noticed");
        HttpResponse<String> refused = post(TICKER);
        assertEquals(503, refused.statusCode(), "once noticed, refused before any work: " + refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        HttpResponse<String> export = http.send(HttpRequest.newBuilder(uri("/export/prices.csv"))
                .header("Authorization", "Bearer " + Tokens.partner("outage-partner")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, export.statusCode(), export.body());

        proxy.restore();
        awaitUntil(() -> {
            try {
                HttpResponse<String> response = post(TICKER);
                return response.statusCode() == 200 && !response.body().contains("\"errors\"");
            } catch (Exception e) {
                return false;
            }
        }, "the ticker answers again, with no restart");
    }

    @Test
    void theIngestWaitsForTheDatabaseAndImportsTheFileWhenItIsBack() throws Exception {
        writeCsv("late.csv", 100);
        proxy.cut();
        awaitUntil(() -> !database.isUp(), "the outage is noticed");

        assertFalse(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        assertTrue(Files.exists(inbox.resolve("late.csv")), "the file waits in the inbox");

        proxy.restore();
        awaitUntil(database::isUp, "the database is back");
        assertTrue(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        assertTrue(Files.exists(inbox.resolve("processed").resolve("late.csv")));
        assertEquals(100, printsOfTheSector());
    }

    @Test
    void aLoadCutShortByTheDatabaseLeavesNoRowAndTheFileIsImportedOnTheNextTick() throws Exception {
        writeCsv("history.csv", 200_000);
        CompletableFuture<Boolean> tick = CompletableFuture.supplyAsync(
                () -> ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        awaitUntil(() -> importRunning() || tick.isDone(), "the import is under way");
        assertFalse(tick.isDone(), "the import was still running when the database went");

        proxy.cut();
        tick.get(60, TimeUnit.SECONDS);
        assertEquals(0, printsOfTheSector(), "no partial rows");
        assertTrue(Files.exists(inbox.resolve("history.csv")), "the file stays for the next tick");
        assertFalse(Files.exists(inbox.resolve("failed").resolve("history.csv")), "and is not failed");

        proxy.restore();
        awaitUntil(database::isUp, "the database is back");
        assertTrue(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        assertEquals(200_000, printsOfTheSector());
        assertTrue(Files.exists(inbox.resolve("processed").resolve("history.csv")));
    }

    @Test
    void aSubscriptionStaysOpenThroughAnOutageAndMissesNothingCommittedAfter() throws Exception {
        String editor = Tokens.editor("outage-editor");
        try (LiveClient subscriber = LiveClient.connect(Tokens.subscriber("outage-watcher"))) {
            subscriber.subscribe("live", "subscription { pricePublished(commodities: [\"" + slug + "\"]) "
                    + "{ print { date value } } }");
            record(editor, "2020-01-01", "10");
            assertEquals("2020-01-01", dateOf(subscriber.next("next")));

            proxy.cut();
            awaitUntil(() -> !database.isUp(), "the outage is noticed");
            Thread.sleep(1_500);
            proxy.restore();
            awaitUntil(database::isUp, "the database is back");

            record(editor, "2020-01-08", "11");
            record(editor, "2020-01-15", "12");
            assertEquals("2020-01-08", dateOf(subscriber.next("next")));
            assertEquals("2020-01-15", dateOf(subscriber.next("next")));
            assertNull(subscriber.poll(Duration.ofMillis(300)));
            assertFalse(subscriber.closed().isDone(), "the stream is still open");
        }
    }

    private void record(String token, String date, String value) {
        awaitUntil(() -> {
            var written = GraphQLClient.postQueryAs(token, """
                    mutation Record($c: String!, $d: Date!, $v: BigDecimal!) {
                      recordPrint(commodity: $c, date: $d, value: $v) { outcome } }""",
                    Map.of("c", slug, "d", date, "v", new BigDecimal(value)));
            return written.get("errors") == null;
        }, "the print is recorded");
    }

    private static String dateOf(JsonNode next) {
        return next.path("payload").path("data").path("pricePublished").path("print").path("date").asText();
    }

    private HttpResponse<String> post(String body) throws Exception {
        // The timeout only keeps a hung request from hanging the test; the service answers long before.
        return http.send(HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    /** A feed of {@code prints} daily prints from 1900 on, 40,000 to a commodity of the test's sector. */
    private void writeCsv(String name, int prints) throws Exception {
        Path part = inbox.resolve(name + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part)) {
            out.write("commodity,date,value\n");
            for (int n = 0; n < prints; n++) {
                String commodity = n < 40_000 ? slug : slug + "-" + n / 40_000;
                if (n % 40_000 == 0 && n > 0) {
                    series.create(commodity, "outage-test", "WEEKLY", null);
                }
                out.write(commodity + "," + LocalDate.of(1900, 1, 1).plusDays(n % 40_000) + "," + (100 + n % 50) + "\n");
            }
        }
        Files.move(part, inbox.resolve(name));
    }

    private static boolean importRunning() {
        try (Connection db = direct(); Statement statement = db.createStatement();
                ResultSet running = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE state = 'active' AND query LIKE '%print_staging%' AND pid <> pg_backend_pid()")) {
            return running.next() && running.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static long printsOfTheSector() throws SQLException {
        try (Connection db = direct(); var statement = db.prepareStatement(
                "SELECT count(*) FROM price_point p JOIN commodity c ON c.id = p.commodity_id WHERE c.sector = ?")) {
            statement.setString(1, "outage-test");
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static Connection direct() throws SQLException {
        return DriverManager.getConnection(ProxiedDatabase.directUrl(), "postgres", "postgres");
    }

    private static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within a minute: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
