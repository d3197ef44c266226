package dev.assay.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A partner's cursor loop sees every change exactly once, in commit order, even while writers run. */
@QuarkusTest
class ChangeFeedTest {

    private static final String FEED = """
            query Feed($since: String, $first: Int) {
              priceChanges(since: $since, first: $first) {
                edges { cursor node { commodity date kind value revision } }
                endCursor hasNextPage } }""";
    private static final String RECORD = """
            mutation Record($c: String!, $d: Date!, $v: BigDecimal!) {
              recordPrint(commodity: $c, date: $d, value: $v) { outcome } }""";

    private static final int WRITERS = 4;
    private static final int PRINTS_EACH = 25;

    @Inject
    TestSeries series;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("feed-test");
    }

    @Test
    void aCursorLoopSeesEveryChangeOnceWhileWritersAreRunning() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> slugs = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            slugs.add("feed-" + run + "-" + w);
            series.create(slugs.get(w), "feed-test", "WEEKLY", null);
        }
        String partner = Tokens.partner("partner-feed");
        String editor = Tokens.editor("editor-feed");
        String head = GraphQLClient.postQueryAs(partner, "{ priceChangesHead }", Map.of()).getString("data.priceChangesHead");

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Map<String, Object>> seen = new ArrayList<>();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (String slug : slugs) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < PRINTS_EACH; i++) {
                        JsonPath written = GraphQLClient.postQueryAs(editor, RECORD, Map.of("c", slug,
                                "d", LocalDate.of(2026, 1, 1).plusDays(i).toString(), "v", 100 + i));
                        assertNull(written.get("errors"), () -> written.prettify());
                    }
                }));
            }
            Future<String> reader = pool.submit(() -> {
                String cursor = head;
                boolean drained = false;
                while (!drained) {
                    boolean stillWriting = writing.get();
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("since", cursor);
                    variables.put("first", 7);
                    JsonPath page = GraphQLClient.postQueryAs(partner, FEED, variables);
                    List<Map<String, Object>> nodes = page.getList("data.priceChanges.edges.node");
                    nodes.stream().filter(n -> n.get("commodity").toString().startsWith("feed-" + run)).forEach(seen::add);
                    cursor = page.getString("data.priceChanges.endCursor");
                    drained = !stillWriting && !page.getBoolean("data.priceChanges.hasNextPage");
                }
                return cursor;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            reader.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(WRITERS * PRINTS_EACH, seen.size(), "every change, none twice");
        assertEquals(seen.size(), seen.stream().map(n -> n.get("commodity") + "@" + n.get("date")).distinct().count());
        for (String slug : slugs) {
            List<String> dates = seen.stream().filter(n -> slug.equals(n.get("commodity")))
                    .map(n -> n.get("date").toString()).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "one writer's changes arrive in its commit order");
        }
    }

    @Test
    void protectedSeriesStayOutOfTheFeedOfCallersWithoutTheTier() {
        String slug = "feed-protected-" + UUID.randomUUID().toString().substring(0, 6);
        series.create(slug, "feed-test", "WEEKLY", "feed-pro");
        String head = GraphQLClient.postQuery("{ priceChangesHead }", Map.of()).getString("data.priceChangesHead");
        JsonPath written = GraphQLClient.postQueryAs(Tokens.editor("editor-feed"), RECORD,
                Map.of("c", slug, "d", "2026-10-07", "v", 55));
        assertNull(written.get("errors"));
        Map<String, Object> since = new HashMap<>(Map.of("since", head));
        assertTrue(GraphQLClient.postQuery(FEED, since).getList("data.priceChanges.edges").isEmpty());
        assertTrue(GraphQLClient.postQueryAs(Tokens.partner("p", "other"), FEED, since).getList("data.priceChanges.edges").isEmpty());
        List<Object> entitled = GraphQLClient.postQueryAs(Tokens.partner("p", "feed-pro"), FEED, since)
                .getList("data.priceChanges.edges");
        assertEquals(1, entitled.size());
    }

    @Test
    void aForeignCursorIsBadInput() {
        JsonPath response = GraphQLClient.postQuery(FEED, new HashMap<>(Map.of("since", "bm90LWEtY3Vyc29y")));
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertFalse(response.getString("errors[0].message").isEmpty());
    }
}
