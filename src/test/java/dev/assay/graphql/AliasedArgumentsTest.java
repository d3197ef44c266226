package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.TestArticles;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every batched field that takes arguments answers under an alias exactly as it does alone, whatever the
 * other aliases of it in the document ask: on one object, on each object of a list, and with arguments whose
 * hashes collide. Each case's two fields answer differently when asked apart, so a batch that handed one
 * alias the other's arguments would fail it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AliasedArgumentsTest {

    private static final String SECTOR = "alias-test";
    private static final String SERIES = SECTOR + "-1";
    private static final String COMPANY = SECTOR + "-company";
    /** Signed in, for the larger cost budget; without tiers, so protected series stay withheld. */
    private static String caller() {
        return Tokens.subscriber("alias-tester");
    }

    @Inject
    TestSeries series;

    @Inject
    TestArticles articles;

    @BeforeAll
    void createSeriesAndArticles() {
        series.createBulk(SECTOR, 2, 80);
        articles.company(COMPANY, "Alias Test Company");
        for (int i = 1; i <= 4; i++) {
            articles.article(SECTOR + "-article-" + i, LocalDate.of(2026, 3, i), "PUBLISHED", "PUBLIC", null, COMPANY);
        }
    }

    @AfterAll
    void removeThem() {
        series.deleteSector(SECTOR);
        articles.deleteAll(SECTOR);
    }

    /** A commodity field asked two ways. */
    static Stream<Arguments> commodityFields() {
        return Stream.of(
                Arguments.of("latest", "latest { date value }", "latest(asOf: \"2026-01-15\") { date value }"),
                Arguments.of("latest known at", "latest { date value }",
                        "latest(knownAt: \"2020-01-01T00:00:00Z\") { date value }"),
                Arguments.of("previous", "previous { date value }", "previous(asOf: \"2026-01-15\") { date value }"),
                Arguments.of("deltas", "deltas { basis computed baseDate baseValue }",
                        "deltas(asOf: \"2026-01-15\") { basis computed baseDate baseValue }"),
                Arguments.of("change", "change(from: \"2026-01-01\", to: \"2026-05-27\") { computed baseDate latestValue }",
                        "change(from: \"2025-02-01\", to: \"2025-03-01\") { computed baseDate latestValue }"),
                // Objects.hash of these two date pairs is the same int: SmallRye's own cache key collides
                Arguments.of("stats with colliding hashes", "stats(from: \"2025-01-01\", to: \"2025-03-01\") { count min max }",
                        "stats(from: \"2025-01-03\", to: \"2025-02-03\") { count min max }"),
                Arguments.of("rebased", "rebased(base: \"2025-06-04\", from: \"2026-04-01\") { date value }",
                        "rebased(base: \"2025-01-08\", from: \"2026-04-01\") { date value }"),
                Arguments.of("history first and last",
                        "history(first: 2) { totalCount edges { cursor node { date value } } pageInfo { hasNextPage } }",
                        "history(last: 2) { totalCount edges { cursor node { date value } } pageInfo { hasNextPage } }"),
                Arguments.of("history windows", "history(from: \"2025-03-01\", first: 3) { totalCount edges { node { date } } }",
                        "history(from: \"2025-09-01\", to: \"2025-12-31\", first: 3) { totalCount edges { node { date } } }"));
    }

    /** The generated series have no revisions: the seeds' lithium prints have. */
    @Test
    void revisions() {
        String all = "revisions { revision value }";
        String one = "revisions(date: \"2026-05-27\") { revision value }";
        assertAliasesAnswerAsAlone("commodity(slug: \"lithium-carbonate\")", "data.commodity", all, one);
        assertAliasesAnswerAsAlone("commodities(sector: \"lithium\")", "data.commodities", all, one);
    }

    @ParameterizedTest(name = "{0} on one commodity")
    @MethodSource("commodityFields")
    void oneCommodity(String name, String first, String second) {
        String parent = "commodity(slug: \"" + SERIES + "\")";
        assertAliasesAnswerAsAlone(parent, "data.commodity", first, second);
    }

    @ParameterizedTest(name = "{0} on a list of commodities")
    @MethodSource("commodityFields")
    void listOfCommodities(String name, String first, String second) {
        String parent = "commodities(sector: \"" + SECTOR + "\")";
        assertAliasesAnswerAsAlone(parent, "data.commodities", first, second);
    }

    /** Protected entries of the ticker answer FORBIDDEN to an anonymous caller: only the data is compared. */
    @ParameterizedTest(name = "{0} inside the ticker")
    @MethodSource("commodityFields")
    void nestedInTheTicker(String name, String first, String second) {
        String parent = "{ ticker { commodity { ";
        Object a = GraphQLClient.postQueryAs(caller(), parent + "a: " + first + " } } }", Map.of()).get("data.ticker.commodity.a");
        Object b = GraphQLClient.postQueryAs(caller(), parent + "b: " + second + " } } }", Map.of()).get("data.ticker.commodity.b");
        assertNotEquals(a, b);
        JsonPath both = GraphQLClient.postQueryAs(caller(), parent + "a: " + first + " b: " + second + " } } }", Map.of());
        assertEquals(a, both.get("data.ticker.commodity.a"), name);
        assertEquals(b, both.get("data.ticker.commodity.b"), name);
    }

    @Test
    void relatedArticles() {
        assertAliasesAnswerAsAlone("articles(first: 50) { edges { node", "data.articles.edges.node", "related(first: 1) { slug }",
                "related { slug }");
    }

    @Test
    void companyArticles() {
        String after = GraphQLClient.postQueryAs(caller(), "{ company(slug: \"" + COMPANY + "\") { articles(first: 1) { pageInfo { endCursor } } } }",
                Map.of()).getString("data.company.articles.pageInfo.endCursor");
        assertAliasesAnswerAsAlone("company(slug: \"" + COMPANY + "\")", "data.company",
                "articles(first: 1) { totalCount edges { node { slug } } pageInfo { hasNextPage } }",
                "articles(first: 2, after: \"" + after + "\") { totalCount edges { node { slug } } pageInfo { hasNextPage } }");
    }

    @Test
    void fragmentsAndVariablesAnswerAsLiterals() {
        String document = """
                query Compare($then: Date) {
                  commodity(slug: "%s") { ...now then: latest(asOf: $then) { date } }
                }
                fragment now on Commodity { now: latest { date } }""".formatted(SERIES);
        JsonPath response = GraphQLClient.postQuery(document, Map.of("then", "2026-01-15"));
        assertNull(response.get("errors"));
        assertEquals("2026-05-27", response.getString("data.commodity.now.date"));
        assertEquals("2026-01-14", response.getString("data.commodity.then.date"));
    }

    @Test
    void siblingFieldsShareOneLoadOfTheirRows() {
        String alone = "{ commodities(sector: \"" + SECTOR + "\") { slug latest { date } } }";
        String siblings = "{ commodities(sector: \"" + SECTOR + "\") { slug latest { date } previous { date } "
                + "deltas { basis computed } again: latest { value } } }";
        long one = statements(alone);
        long all = statements(siblings);
        // the catalogue, the tails; deltas add the publisher's figures and nothing else
        assertEquals(2, one, "a list with its latest prints");
        assertEquals(3, all, "latest, previous, deltas and an alias of latest share one load of the tails");
        String twoDates = "{ commodities(sector: \"" + SECTOR + "\") { now: latest { date } then: latest(asOf: \"2026-01-15\") "
                + "{ date } before: previous(asOf: \"2026-01-15\") { date } } }";
        assertEquals(3, statements(twoDates), "one load of the tails per distinct asOf");
    }

    private static long statements(String document) {
        return SqlStatements.countDuring(() -> assertNull(post(document).get("errors")));
    }

    /** {@code parent} opens the selection the two fields go in, and may open nested ones too. */
    private static void assertAliasesAnswerAsAlone(String parent, String path, String first, String second) {
        String close = " }".repeat(1 + (int) parent.chars().filter(c -> c == '{').count()) + " }";
        Object a = data("{ " + parent + " { a: " + first + close, path + ".a");
        Object b = data("{ " + parent + " { b: " + second + close, path + ".b");
        assertNotEquals(a, b, "the two fields must answer differently apart, or this case proves nothing");
        JsonPath both = post("{ " + parent + " { a: " + first + " b: " + second + close);
        assertEquals(a, both.get(path + ".a"), "first alias beside the second");
        assertEquals(b, both.get(path + ".b"), "second alias beside the first");
        JsonPath reversed = post("{ " + parent + " { b: " + second + " a: " + first + close);
        assertEquals(a, reversed.get(path + ".a"), "first alias after the second");
        assertEquals(b, reversed.get(path + ".b"), "second alias after the first");
    }

    private static Object data(String document, String path) {
        Object value = post(document).get(path);
        if (value instanceof List<?> list) {
            assertTrue(!list.isEmpty(), "the parent list is not empty");
        }
        return value;
    }

    private static JsonPath post(String document) {
        JsonPath response = GraphQLClient.postQueryAs(caller(), document, Map.of());
        assertNull(response.get("errors"), () -> document + " -> " + response.prettify());
        return response;
    }
}
