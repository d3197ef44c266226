package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.ingest.feed.Inbox;
import dev.assay.ingest.job.IngestJob;
import dev.assay.support.GraphQLClient;
import dev.assay.support.LiveClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Live updates lose nothing: every committed print reaches every entitled subscriber once, in commit order, under
 * back-to-back and concurrent writers; a subscriber too slow to keep up is told and ended; a token's expiry ends
 * its stream; the token may come in connection_init; the commodities argument is optional and checked.
 */
@QuarkusTest
class LiveUpdatesTest {

    private static final String RECORD = """
            mutation Record($c: String!, $d: Date!, $v: BigDecimal!) {
              recordPrint(commodity: $c, date: $d, value: $v) { outcome } }""";
    private static final String FEED = """
            query Feed($since: String) { priceChanges(since: $since, first: 500) {
              edges { node { commodity date kind value } } } }""";

    @Inject
    TestSeries series;

    @Inject
    IngestJob ingest;

    @TempDir
    Path inbox;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("live-updates-test");
    }

    @Test
    void tenSubscribersEachSeeEveryOneOfAHundredBackToBackPrintsOnceInCommitOrder() throws Exception {
        String first = commodity("live-a", null);
        String second = commodity("live-b", null);
        String editor = Tokens.editor("editor-live");
        String head = GraphQLClient.postQueryAs(editor, "{ priceChangesHead }", Map.of()).getString("data.priceChangesHead");
        List<LiveClient> subscribers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                LiveClient subscriber = LiveClient.connect(Tokens.subscriber("watcher-" + i));
                subscriber.subscribe("live", "subscription { pricePublished(commodities: [\"" + first + "\", \"" + second
                        + "\"]) { commodity { slug latest { value } } print { date value } outcome deltas { basis computed } } }");
                subscribers.add(subscriber);
            }
            // Two writers at once, fifty prints each, back to back: their commits interleave.
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<?>> writes = new ArrayList<>();
            for (String slug : List.of(first, second)) {
                writes.add(writers.submit(() -> {
                    for (int day = 0; day < 50; day++) {
                        record(editor, slug, LocalDate.of(2020, 1, 1).plusDays(day).toString(), 100 + day + ".5");
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get(120, TimeUnit.SECONDS);
            }
            writers.shutdown();

            List<String> committed = new ArrayList<>();
            JsonPath feed = GraphQLClient.postQueryAs(editor, FEED, Map.of("since", head));
            List<Map<String, Object>> changes = feed.getList("data.priceChanges.edges.node");
            changes.stream().filter(c -> List.of(first, second).contains(c.get("commodity")))
                    .forEach(c -> committed.add(c.get("commodity") + "@" + c.get("date")));
            assertEquals(100, committed.size(), "the change feed has the hundred prints in commit order");

            for (LiveClient subscriber : subscribers) {
                List<String> seen = new ArrayList<>();
                while (seen.size() < 100) {
                    JsonNode next = subscriber.next("next");
                    assertTrue(next.path("payload").path("errors").isMissingNode(), next.toString());
                    JsonNode publication = next.path("payload").path("data").path("pricePublished");
                    assertFalse(publication.path("commodity").path("latest").path("value").isMissingNode());
                    seen.add(publication.path("commodity").path("slug").asText() + "@"
                            + publication.path("print").path("date").asText());
                }
                assertEquals(committed, seen, "every print once, in commit order");
                assertNull(subscriber.poll(Duration.ofMillis(300)), "nothing more, no duplicate, no complete");
            }
        } finally {
            subscribers.forEach(LiveClient::close);
        }
    }

    @Test
    void aSubscriberThatFallsAWholeBufferBehindIsEndedWithTheReasonNotSkipped() throws Exception {
        String slug = commodity("live-bulk", null);
        try (LiveClient subscriber = LiveClient.connect(Tokens.subscriber("slow-reader"))) {
            subscriber.subscribe("slow", "subscription { pricePublished(commodities: [\"" + slug + "\"]) "
                    + "{ commodity { latest { value } } print { date } } }");
            // A bulk import far larger than the buffer, faster than any subscriber resolves updates.
            StringBuilder csv = new StringBuilder("commodity,date,value\n");
            for (int day = 0; day < 5_000; day++) {
                csv.append(slug).append(',').append(LocalDate.of(1990, 1, 1).plusDays(day)).append(",100\n");
            }
            Files.writeString(inbox.resolve("history.csv"), csv);
            assertTrue(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
            assertTrue(Files.exists(inbox.resolve("processed").resolve("history.csv")));

            JsonNode error = endOf(subscriber, "slow");
            assertEquals("SUBSCRIBER_TOO_SLOW", error.path("extensions").path("code").asText(), error.toString());
            assertTrue(error.path("message").asText().contains("fell more than"), error.toString());
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() throws Exception {
        String slug = commodity("live-pro", "live-pro");
        try (LiveClient subscriber = LiveClient.connect(Tokens.subscriberExpiringIn(3, "short-lived", "live-pro"))) {
            subscriber.subscribe("expiring", "subscription { pricePublished(commodities: [\"" + slug + "\"]) "
                    + "{ print { date value } } }");
            record(Tokens.editor("editor-live"), slug, "2020-01-01", "10");
            assertEquals("2020-01-01", subscriber.next("next").path("payload").path("data").path("pricePublished")
                    .path("print").path("date").asText());

            LiveClient.Closing closing = subscriber.closed().get(30, TimeUnit.SECONDS);
            assertEquals(1008, closing.code(), closing.toString());
            assertEquals("Authentication expired", closing.reason());
            record(Tokens.editor("editor-live"), slug, "2020-01-02", "11");
            for (JsonNode message : subscriber.drain()) {
                assertFalse(message.path("payload").toString().contains("2020-01-02"), "nothing after the expiry");
            }
        }
    }

    @Test
    void theTokenMayComeInConnectionInitAsBrowsersCannotSetTheUpgradeHeader() throws Exception {
        String slug = commodity("live-init", "live-pro");
        try (LiveClient subscriber = LiveClient.connect(null,
                Map.of("Authorization", "Bearer " + Tokens.subscriber("browser", "live-pro")))) {
            subscriber.subscribe("init", "subscription { pricePublished(commodities: [\"" + slug + "\"]) "
                    + "{ commodity { slug latest { value } } print { value } } }");
            record(Tokens.editor("editor-live"), slug, "2020-01-01", "12.25");
            JsonNode next = subscriber.next("next");
            JsonNode publication = next.path("payload").path("data").path("pricePublished");
            assertEquals(slug, publication.path("commodity").path("slug").asText(), "the protected print arrives");
            // The update's fields are resolved as the subscriber, whose tier lets it see the series' values.
            assertEquals("12.25", publication.path("commodity").path("latest").path("value").asText(), next.toString());
        }
    }

    @Test
    void withoutCommoditiesEveryVisibleSeriesIsFollowed() throws Exception {
        String open = commodity("live-all", null);
        String closed = commodity("live-all-pro", "live-pro");
        try (LiveClient subscriber = LiveClient.connect(Tokens.subscriber("everything"))) {
            subscriber.subscribe("all", "subscription { pricePublished { commodity { slug } print { value } } }");
            String editor = Tokens.editor("editor-live");
            record(editor, closed, "2020-01-01", "1");
            record(editor, open, "2020-01-01", "2");
            // Every series is followed: prints of earlier tests still being broadcast may come first
            String first;
            do {
                first = subscriber.next("next").path("payload").path("data").path("pricePublished")
                        .path("commodity").path("slug").asText();
            } while (!first.equals(open) && !first.equals(closed));
            assertEquals(open, first, "the protected one is left out");
        }
    }

    @Test
    void unknownSlugsAndAnEmptyListAreRefused() throws Exception {
        try (LiveClient subscriber = LiveClient.connect(Tokens.subscriber("typo"))) {
            for (String argument : List.of("[\"no-such-index\"]", "[]", "[\"Not A Slug\"]")) {
                subscriber.send(Map.of("id", argument, "type", "subscribe", "payload",
                        Map.of("query", "subscription { pricePublished(commodities: " + argument + ") { outcome } }")));
                JsonNode error = endOf(subscriber, argument);
                assertEquals("BAD_USER_INPUT", error.path("extensions").path("code").asText(), error.toString());
                assertTrue(error.path("message").asText().contains("commodities"), error.toString());
            }
        }
    }

    /**
     * The error an operation ended with: its last {@code next} (or {@code error}) message, read until its
     * {@code complete} and a moment beyond, as the server may write the two from different threads.
     */
    private static JsonNode endOf(LiveClient subscriber, String id) throws InterruptedException {
        JsonNode error = null;
        boolean complete = false;
        for (JsonNode message = subscriber.poll(Duration.ofSeconds(30)); message != null;
                message = subscriber.poll(complete ? Duration.ofSeconds(1) : Duration.ofSeconds(30))) {
            if (!id.equals(message.path("id").asText())) {
                continue;
            }
            switch (message.path("type").asText()) {
                case "complete" -> complete = true;
                case "error" -> error = message.path("payload").path(0);
                default -> {
                    if (message.path("payload").has("errors")) {
                        error = message.path("payload").path("errors").path(0);
                    }
                }
            }
            if (complete && error != null) {
                break;
            }
        }
        assertNotNull(error, "the operation " + id + " ended with an error");
        return error;
    }

    private String commodity(String prefix, String tier) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        series.create(slug, "live-updates-test", "WEEKLY", tier);
        return slug;
    }

    private static void record(String token, String slug, String date, String value) {
        JsonPath written = GraphQLClient.postQueryAs(token, RECORD, Map.of("c", slug, "d", date, "v", new BigDecimal(value)));
        assertNull(written.get("errors"), written::prettify);
    }
}
