package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A partner's cursor loop sees every change exactly once, in commit order, even while writers run; the feed
 * is for partners and staff, and holds only the series the caller may see.
 */
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
        String open = "feed-open-" + UUID.randomUUID().toString().substring(0, 6);
        String closed = "feed-protected-" + UUID.randomUUID().toString().substring(0, 6);
        series.create(open, "feed-test", "WEEKLY", null);
        series.create(closed, "feed-test", "WEEKLY", "feed-pro");
        String editor = Tokens.editor("editor-feed");
        String head = GraphQLClient.postQueryAs(editor, "{ priceChangesHead }", Map.of()).getString("data.priceChangesHead");
        for (String slug : List.of(closed, open)) {
            JsonPath written = GraphQLClient.postQueryAs(editor, RECORD, Map.of("c", slug, "d", "2026-10-07", "v", 55));
            assertNull(written.get("errors"), () -> written.prettify());
        }
        Map<String, Object> since = new HashMap<>(Map.of("since", head, "first", 500));
        assertEquals(List.of(open), commodities(Tokens.partner("p", "other"), since), "a partner of another tier");
        assertEquals(List.of(open), commodities(Tokens.partner("p"), since), "a partner with no tier");
        assertEquals(List.of(closed, open), commodities(Tokens.partner("p", "feed-pro"), since), "a partner of the tier");
        assertEquals(List.of(closed, open), commodities(editor, since), "staff");
    }

    static Stream<Arguments> callersRefused() {
        return Stream.of(
                Arguments.of("anonymous", null, "UNAUTHENTICATED"),
                Arguments.of("subscriber", Tokens.subscriber("sub-feed", "feed-pro"), "FORBIDDEN"),
                Arguments.of("subscriber with no tier", Tokens.subscriber("sub-feed-2"), "FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersRefused")
    void theFeedIsForPartnersAndStaffOnly(String who, String token, String code) {
        for (String field : List.of("priceChangesHead", "priceChanges")) {
            String query = field.equals("priceChanges") ? "{ priceChanges { endCursor edges { node { value } } } }"
                    : "{ priceChangesHead }";
            JsonPath response = GraphQLClient.postQueryAs(token, query, Map.of());
            assertNull(response.get("data." + field), () -> who + ": " + response.prettify());
            assertEquals(code, response.getString("errors[0].extensions.code"), who + " on " + field);
            assertTrue(response.getString("errors[0].message").contains("partner"), response.getString("errors[0].message"));
        }
    }

    @Test
    void aForeignCursorIsBadInput() {
        JsonPath response = GraphQLClient.postQueryAs(Tokens.partner("p"), FEED,
                new HashMap<>(Map.of("since", "bm90LWEtY3Vyc29y")));
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("since"));
    }

    private static List<String> commodities(String token, Map<String, Object> variables) {
        JsonPath page = GraphQLClient.postQueryAs(token, FEED, variables);
        assertNull(page.get("errors"), () -> page.prettify());
        return page.getList("data.priceChanges.edges.node.commodity", String.class).stream()
                .filter(slug -> slug.startsWith("feed-")).toList();
    }
}
