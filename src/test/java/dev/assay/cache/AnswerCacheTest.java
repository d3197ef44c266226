package dev.assay.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assay.ingest.DocumentImporter;
import dev.assay.publisher.PublisherRef;
import dev.assay.common.Slugs;
import dev.assay.ingest.feed.Inbox;
import dev.assay.ingest.job.IngestJob;
import dev.assay.ingest.nuxt.PublisherPageTest;
import dev.assay.support.CacheCounts;
import dev.assay.support.Eventually;
import dev.assay.support.GraphQLClient;
import dev.assay.support.OperatorSql;
import dev.assay.support.SeedPages;
import dev.assay.support.SqlStatements;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Queries are answered from memory until the data changes, and the next request after any write (through the API,
 * a feed file, the seed import, an operator's SQL) gets the new answer. A write through the API is in the very next
 * answer; writes made in this test's own thread are followed by a wait until the service has heard of the commit
 * (the notification PostgreSQL sends at commit), as the request would otherwise race it. What the key holds
 * (aliases, variables, the operation chosen) keeps answers apart; what it drops (whitespace, commas, comments, the
 * order of variables) does not. Mutations, subscriptions, request errors and answers read from this instance's own
 * state are never kept.
 */
@QuarkusTest
class AnswerCacheTest {

    private static final PublisherRef PUBLISHER = PublisherPageTest.BENCHMARK;

    @Inject
    TestSeries series;

    @Inject
    IngestJob ingest;

    @Inject
    DocumentImporter documents;

    @Inject
    DataVersion version;

    @TempDir
    Path inbox;

    private String slug;

    @BeforeEach
    void createCommodity() {
        slug = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "cache-test", "WEEKLY", null, "2026-04-01", "100.00");
        heard();
    }

    @AfterEach
    void removeIt() {
        series.deleteSector("cache-test");
    }

    @Test
    void aRepeatedQueryIsAnsweredFromMemoryWithoutAStatement() {
        Asked first = ask(() -> latest(slug));
        assertEquals(1, first.counts().misses());
        Asked[] second = new Asked[1];
        long statements = SqlStatements.countDuring(() -> second[0] = ask(() -> latest(slug)));
        assertEquals(1, second[0].counts().hits());
        assertEquals(0, statements);
        assertEquals(first.answer().prettify(), second[0].answer().prettify());
        assertEquals(new BigDecimal("100.00"), second[0].answer().get("data.commodity.latest.value"));
    }

    @Test
    void aPrintRecordedThroughTheApiIsInTheVeryNextAnswer() {
        cache(() -> latest(slug));
        JsonPath recorded = GraphQLClient.postAs(Tokens.editor("cache-editor"), "recordPrintValue",
                Map.of("commodity", slug, "date", "2026-04-08", "value", "101.00"));
        assertNull(recorded.get("errors"), recorded::prettify);

        assertEquals(new BigDecimal("101.00"), latest(slug).get("data.commodity.latest.value"));
    }

    @Test
    void aFeedFileIsInTheVeryNextAnswer() throws IOException {
        cache(() -> latest(slug));
        Files.writeString(inbox.resolve("prints.csv"), "commodity,date,value\n" + slug + ",2026-04-08,102.50\n");
        assertTrue(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        heard();

        assertEquals(new BigDecimal("102.50"), latest(slug).get("data.commodity.latest.value"));
    }

    @Test
    void theSeedImportIsInTheVeryNextAnswer() {
        String label = "Cached Seed Index " + slug;
        String imported = Slugs.of(label);
        try {
            assertNull(cache(() -> latest(imported)).get("data.commodity"));
            documents.importNuxtPage("cache test " + slug, SeedPages.oneIndex(label), PUBLISHER);
            heard();

            assertEquals(new BigDecimal("101.5"), latest(imported).get("data.commodity.latest.value"));
        } finally {
            SeedPages.remove(imported);
        }
    }

    @Test
    void anOperatorsSqlIsInTheVeryNextAnswer() {
        cache(() -> latest(slug));
        OperatorSql.commit("UPDATE price_point SET value = 99.99 WHERE commodity_id = (SELECT id FROM commodity WHERE slug = '"
                + slug + "')");
        heard();
        assertEquals(new BigDecimal("99.99"), latest(slug).get("data.commodity.latest.value"));

        OperatorSql.commit("UPDATE commodity SET name = 'Renamed by hand' WHERE slug = '" + slug + "'");
        heard();
        assertEquals("Renamed by hand", latest(slug).getString("data.commodity.name"));
    }

    @Test
    void anArticleChangedIsInTheVeryNextAnswer() {
        String article = OperatorSql.query("SELECT slug FROM article ORDER BY id LIMIT 1").get(0);
        String title = OperatorSql.query("SELECT title FROM article WHERE slug = '" + article + "'").get(0);
        Supplier<JsonPath> query = () -> GraphQLClient.postQuery("query($s: String!) { article(slug: $s) { title } }",
                Map.of("s", article));
        cache(query);
        try {
            OperatorSql.commit("UPDATE article SET title = 'Retitled by hand' WHERE slug = '" + article + "'");
            heard();
            assertEquals("Retitled by hand", query.get().getString("data.article.title"));
        } finally {
            OperatorSql.commit("UPDATE article SET title = '" + title.replace("'", "''") + "' WHERE slug = '" + article + "'");
        }
    }

    @Test
    void aliasesVariablesAndTheOperationChosenAreEachPartOfTheKey() {
        ask(() -> GraphQLClient.postQuery("{ a: commodity(slug: \"" + slug + "\") { slug } }", Map.of()));
        Asked aliased = ask(() -> GraphQLClient.postQuery("{ b: commodity(slug: \"" + slug + "\") { slug } }", Map.of()));
        assertEquals(1, aliased.counts().misses());
        assertEquals(slug, aliased.answer().getString("data.b.slug"));

        String byVariable = "query($s: String!) { commodity(slug: $s) { slug } }";
        ask(() -> GraphQLClient.postQuery(byVariable, Map.of("s", slug)));
        Asked other = ask(() -> GraphQLClient.postQuery(byVariable, Map.of("s", "cobalt")));
        assertEquals(1, other.counts().misses());
        assertEquals("cobalt", other.answer().getString("data.commodity.slug"));

        String twoOperations = "query A { sectors { slug } } query B { commodity(slug: \"cobalt\") { slug } }";
        ask(() -> named(twoOperations, "A"));
        Asked b = ask(() -> named(twoOperations, "B"));
        assertEquals(1, b.counts().misses());
        assertEquals("cobalt", b.answer().getString("data.commodity.slug"));
        assertEquals(1, ask(() -> named(twoOperations, "A")).counts().hits());
    }

    @Test
    void whitespaceCommasCommentsAndTheOrderOfVariablesAreNot() {
        ask(() -> GraphQLClient.postQuery("{ commodity(slug: \"" + slug + "\") { slug name } }", Map.of()));
        String spread = """
                # the same query, laid out otherwise
                {
                  commodity(slug: "%s") {
                    slug, name
                  }
                }
                """.formatted(slug);
        assertEquals(1, ask(() -> GraphQLClient.postQuery(spread, Map.of())).counts().hits());

        String window = "query($s: String!, $from: Date) { commodity(slug: $s) { stats(from: $from) { min max } } }";
        assertNull(ask(() -> GraphQLClient.postQuery(window, ordered("s", slug, "from", "2026-04-01"))).answer().get("errors"));
        assertEquals(1, ask(() -> GraphQLClient.postQuery(window, ordered("from", "2026-04-01", "s", slug))).counts().hits());
    }

    @Test
    void requestsForAnAnswerBeingComputedWaitForItRatherThanComputeItAgain() throws Exception {
        // A variable of their own, the document does not use: a key no request has asked for yet
        Map<String, Object> fresh = Map.of("together", UUID.randomUUID().toString());
        int callers = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            CacheCounts before = CacheCounts.now();
            List<java.util.concurrent.Future<JsonPath>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return GraphQLClient.post("ticker", fresh);
                }));
            }
            start.countDown();
            String first = null;
            for (java.util.concurrent.Future<JsonPath> answer : answers) {
                String body = answer.get().prettify();
                first = first == null ? body : first;
                assertEquals(first, body, "every caller gets the one answer");
            }
            CacheCounts counts = CacheCounts.now().since(before);
            assertEquals(1, counts.misses(), "computed once: " + counts);
            assertEquals(callers - 1, counts.hits());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mutationsAreNeverKept() {
        Map<String, Object> print = Map.of("commodity", slug, "date", "2026-04-08", "value", "101.00");
        String editor = Tokens.editor("cache-editor");
        Asked first = ask(() -> GraphQLClient.postQueryAs(editor, OUTCOME, print));
        Asked second = ask(() -> GraphQLClient.postQueryAs(editor, OUTCOME, print));
        assertEquals("CREATED", first.answer().getString("data.recordPrint.outcome"));
        assertEquals("UNCHANGED", second.answer().getString("data.recordPrint.outcome"), "the second one ran too");
        assertEquals(new CacheCounts(0, 0, 0, 0), second.counts());
    }

    @Test
    void subscriptionsSentOverHttpAreRefusedAndNeverKept() {
        String subscription = "subscription { pricePublished { outcome } }";
        for (int i = 0; i < 2; i++) {
            Asked refused = ask(() -> GraphQLClient.postQuery(subscription, Map.of()));
            assertEquals("SUBSCRIPTION_REQUIRES_WEBSOCKET", refused.answer().getString("errors[0].extensions.code"));
            assertEquals(new CacheCounts(0, 0, 0, 0), refused.counts());
        }
    }

    @Test
    void answersReadFromThisInstancesOwnStateAreNeverKept() {
        String editor = Tokens.editor("cache-editor");
        for (int i = 0; i < 2; i++) {
            Asked status = ask(() -> GraphQLClient.postQueryAs(editor, "{ ingestStatus { ticks filesImported } }", Map.of()));
            assertNull(status.answer().get("errors"), status.answer()::prettify);
            assertEquals(1, status.counts().misses(), "computed afresh every time");
        }
    }

    @Test
    void requestErrorsAreNeverKept() {
        for (int i = 0; i < 2; i++) {
            Asked invalid = ask(() -> GraphQLClient.postQuery("{ commodity(slug: \"cobalt\") { noSuchField } }", Map.of()));
            assertEquals("GRAPHQL_VALIDATION_FAILED", invalid.answer().getString("errors[0].extensions.code"));
            assertEquals(1, invalid.counts().misses());
        }
    }

    @Test
    void aFieldErrorThatFollowsFromTheKeyIsKeptForTheSameTextOnly() {
        String forged = "{ commodity(slug: \"" + slug + "\") { slug history(first: 1, after: \"forged\") { totalCount } } }";
        Asked first = ask(() -> GraphQLClient.postQuery(forged, Map.of()));
        assertEquals("BAD_USER_INPUT", first.answer().getString("errors[0].extensions.code"), first.answer()::prettify);
        assertEquals(slug, first.answer().getString("data.commodity.slug"));
        assertEquals(1, ask(() -> GraphQLClient.postQuery(forged, Map.of())).counts().hits());

        // The error quotes its place in the text: laid out otherwise, the same query gets its own
        Asked laidOut = ask(() -> GraphQLClient.postQuery("\n\n" + forged, Map.of()));
        assertEquals(1, laidOut.counts().misses());
        assertNotEquals(first.answer().getInt("errors[0].locations[0].line"),
                laidOut.answer().getInt("errors[0].locations[0].line"));
    }

    @Test
    void theServiceKnowsTheDatabasesVersion() {
        long known = OperatorSql.dataVersion();
        assertTrue(version.listening());
        assertEquals(known, version.current());
        assertNotNull(version);
    }

    /** Waits until the service has heard of the last commit. */
    private void heard() {
        long committed = OperatorSql.dataVersion();
        Eventually.until(() -> version.current() == committed, "the service hears of version " + committed);
    }

    private static final String OUTCOME = """
            mutation($commodity: String!, $date: Date!, $value: BigDecimal!) {
              recordPrint(commodity: $commodity, date: $date, value: $value) { outcome } }""";

    private record Asked(JsonPath answer, CacheCounts counts) {
    }

    private static Asked ask(Supplier<JsonPath> request) {
        CacheCounts before = CacheCounts.now();
        JsonPath answer = request.get();
        return new Asked(answer, CacheCounts.now().since(before));
    }

    /** Asks twice: the answer is then held. */
    private static JsonPath cache(Supplier<JsonPath> request) {
        request.get();
        Asked again = ask(request);
        assertEquals(1, again.counts().hits(), "held before the write");
        return again.answer();
    }

    private static JsonPath latest(String slug) {
        return GraphQLClient.post("latestPrint", Map.of("slug", slug));
    }

    private static JsonPath named(String document, String operation) {
        return io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("query", document, "operationName", operation)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Variables in the order given (a JSON object's members keep their order on the wire). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        variables.put(k1, v1);
        variables.put(k2, v2);
        return variables;
    }
}
