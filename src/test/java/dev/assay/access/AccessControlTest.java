package dev.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A protected series yields no value to a caller without its tier, through any field. */
@QuarkusTest
class AccessControlTest {

    private static final String SLUG = "protected-index";
    private static final String TIER = "battery-pro";
    private static final String PRIVATE_ARTICLE = "catl-looks-to-overseas-markets-amid-domestic-battery-oversupply";

    /** Every field that reaches a value of a commodity. */
    private static final String EVERY_VALUE_PATH = """
            { commodity(slug: "protected-index") {
                name subscriptionTier isProtected
                latest { date value }
                previous { date value }
                deltas { basis value computed }
                history(first: 10) { totalCount edges { node { value } } }
                change(from: "2026-04-01", to: "2026-04-15") { computed latestValue baseValue }
                stats { min max mean }
                rebased(base: "2026-04-01") { value }
                revisions { value }
                knownThen: latest(knownAt: "2030-01-01T00:00:00Z") { value }
              } }""";

    private static final List<String> VALUE_FIELDS = List.of("latest", "previous", "deltas", "history", "change",
            "stats", "rebased", "revisions", "knownThen");

    @Inject
    TestSeries series;

    @BeforeEach
    void createProtectedSeries() {
        series.create(SLUG, "access-test", "WEEKLY", TIER,
                "2026-04-01", "100.00", "2026-04-08", "101.50", "2026-04-15", "103.25");
    }

    @AfterEach
    void removeIt() {
        series.deleteSector("access-test");
    }

    static Stream<Arguments> callersWithoutTheTier() {
        return Stream.of(
                Arguments.of("anonymous", null),
                Arguments.of("subscriber of another tier", Tokens.subscriber("sub-1", "recycling-basic")),
                Arguments.of("subscriber with no tier", Tokens.subscriber("sub-2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithoutTheTier")
    void noValueReachesACallerWithoutTheTier(String who, String token) {
        JsonPath response = GraphQLClient.postQueryAs(token, EVERY_VALUE_PATH, Map.of());
        assertEquals(SLUG, response.getString("data.commodity.name"), who + ": metadata stays visible");
        assertEquals(TIER, response.getString("data.commodity.subscriptionTier"));
        assertTrue(response.getBoolean("data.commodity.isProtected"));
        for (String field : VALUE_FIELDS) {
            assertNull(response.get("data.commodity." + field), who + ": " + field + " must be withheld");
        }
        List<Map<String, Object>> errors = response.getList("errors");
        assertEquals(VALUE_FIELDS.size(), errors.size(), who + ": one error per withheld field: " + errors);
        for (Map<String, Object> error : errors) {
            assertEquals("FORBIDDEN", ((Map<?, ?>) error.get("extensions")).get("code"));
            assertTrue(error.get("message").toString().contains(TIER), "the error names the tier");
        }
        assertFalse(response.prettify().contains("101.5"), who + ": no value anywhere in the response");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithoutTheTier")
    void theTickerShowsTheEntryButNoneOfItsValues(String who, String token) {
        JsonPath response = GraphQLClient.postAs(token, "ticker", Map.of());
        List<Map<String, Object>> entries = response.getList("data.ticker");
        Map<String, Object> entry = entries.stream().filter(e -> SLUG.equals(e.get("label"))).findFirst().orElseThrow();
        assertEquals(true, entry.get("isProtected"));
        assertEquals(false, entry.get("hasAccess"));
        assertEquals(TIER, entry.get("subscription"));
        for (String field : List.of("publishedDate", "today", "last", "percentageChange", "yearToDate", "yearOnYear",
                "oneYearIndexTrend", "deltas")) {
            assertNull(entry.get(field), who + ": ticker " + field);
        }
        List<Map<String, Object>> errors = response.getList("errors");
        assertEquals(8, errors.size(), who + ": one error per withheld value: " + errors);
        int index = entries.indexOf(entry);
        for (Map<String, Object> error : errors) {
            assertEquals("FORBIDDEN", ((Map<?, ?>) error.get("extensions")).get("code"));
            assertTrue(error.get("message").toString().contains(TIER), "the error names the tier");
            List<?> path = (List<?>) error.get("path");
            assertEquals(List.of("ticker", index), path.subList(0, 2), "the error sits on the withheld entry");
        }
        assertFalse(response.prettify().contains("103.25"));
        assertEquals(true, entries.get(0).get("hasAccess"), "public series stay visible");
        assertNotNull(entries.get(0).get("today"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithoutTheTier")
    void aComparisonIncludingTheSeriesIsRefused(String who, String token) {
        JsonPath response = GraphQLClient.postQueryAs(token,
                "{ compare(slugs: [\"lithium\", \"protected-index\"]) { dates series { values } } }", Map.of());
        assertNull(response.get("data"));
        assertEquals("FORBIDDEN", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains(TIER));
    }

    @Test
    void aListOfCommoditiesWithholdsOnlyTheProtectedValues() {
        JsonPath response = GraphQLClient.postQuery("{ commodities { slug latest { value } } }", Map.of());
        List<Map<String, Object>> commodities = response.getList("data.commodities");
        commodities.forEach(c -> {
            if (SLUG.equals(c.get("slug"))) {
                assertNull(c.get("latest"));
            } else if (!c.get("slug").toString().startsWith("protected")) {
                assertNotNull(c.get("latest"), c.get("slug") + " is public");
            }
        });
        assertEquals(1, response.getList("errors").size());
    }

    static Stream<Arguments> callersWithTheTier() {
        return Stream.of(
                Arguments.of("subscriber of the tier", Tokens.subscriber("sub-3", "recycling-basic", TIER)),
                Arguments.of("partner of the tier", Tokens.partner("partner-1", TIER)),
                Arguments.of("editor", Tokens.editor("editor-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithTheTier")
    void entitledCallersSeeEveryValue(String who, String token) {
        JsonPath response = GraphQLClient.postQueryAs(token, EVERY_VALUE_PATH, Map.of());
        assertNull(response.get("errors"), () -> who + ": " + response.prettify());
        assertEquals(0, new java.math.BigDecimal("103.25").compareTo(response.get("data.commodity.latest.value")));
        assertEquals(3, response.getInt("data.commodity.history.totalCount"));
        JsonPath ticker = GraphQLClient.postAs(token, "ticker", Map.of());
        Map<String, Object> entry = ticker.getList("data.ticker", Map.class).stream()
                .filter(e -> SLUG.equals(e.get("label"))).findFirst().orElseThrow();
        assertEquals(true, entry.get("hasAccess"));
        assertNotNull(entry.get("today"));
    }

    @Test
    void privateArticlesShowTitleAndExcerptToAllAndTheBodyToSubscribers() {
        String query = "{ article(slug: \"" + PRIVATE_ARTICLE + "\") { title excerpt visibility canReadBody bodyHtml bodyText } }";
        JsonPath anonymous = GraphQLClient.postQuery(query, Map.of());
        assertNotNull(anonymous.getString("data.article.title"));
        assertNotNull(anonymous.getString("data.article.excerpt"));
        assertEquals(false, anonymous.getBoolean("data.article.canReadBody"));
        assertNull(anonymous.get("data.article.bodyHtml"));
        assertNull(anonymous.get("data.article.bodyText"));
        assertEquals(List.of("FORBIDDEN", "FORBIDDEN"), anonymous.getList("errors.extensions.code", String.class));

        JsonPath subscriber = GraphQLClient.postQueryAs(Tokens.subscriber("reader"), query, Map.of());
        assertNull(subscriber.get("errors"));
        assertTrue(subscriber.getString("data.article.bodyText").contains("CATL"));
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("forged signature", Tokens.forged("mallory")),
                Arguments.of("expired", Tokens.expired("editor-2")),
                Arguments.of("wrong issuer", Tokens.wrongIssuer("editor-3")),
                Arguments.of("not a token", "not.a.token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void anInvalidTokenIsRefusedOutright(String what, String token) {
        assertEquals(401, GraphQLClient.status(token, EVERY_VALUE_PATH), what);
    }
}
