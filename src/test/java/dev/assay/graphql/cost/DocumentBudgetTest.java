package dev.assay.graphql.cost;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Documents whose answers would be too large are refused before they run, with their cost and the caller's
 * limit; anonymous callers have the smaller budget; the service answers normally afterwards.
 */
@QuarkusTest
class DocumentBudgetTest {

    private static final long ANONYMOUS_LIMIT = 10_000;
    private static final long SIGNED_IN_LIMIT = 50_000;

    @AfterEach
    void serviceStaysHealthy() {
        given().get("/q/health/live").then().statusCode(200);
        JsonPath ticker = GraphQLClient.postQuery("{ ticker { label today } }", Map.of());
        assertNull(ticker.get("errors"));
        assertTrue(ticker.getList("data.ticker").size() >= 15);
    }

    /** 231 bytes that, run, answered 64 MB or ran the service out of heap. */
    @Test
    void nestedRelatedArticlesAreRefused() {
        String document = "{ articles { edges { node { slug " + "related { slug ".repeat(11) + "}".repeat(11) + " } } } }";
        assertRefused(GraphQLClient.postQuery(document, Map.of()), ANONYMOUS_LIMIT);
        assertRefused(GraphQLClient.postQueryAs(Tokens.subscriber("deep-reader"), document, Map.of()), SIGNED_IN_LIMIT);
    }

    /** Few fields once spread (under the limit on expanded fields), but pages that multiply at every level. */
    @Test
    void aliasesSpreadingAFragmentCountEachTime() {
        StringBuilder document = new StringBuilder("{ articles(first: 10) { edges { node { ...level0 } } } }");
        for (int level = 0; level < 4; level++) {
            document.append(" fragment level").append(level).append(" on Article { slug");
            for (int alias = 0; alias < 4; alias++) {
                document.append(" r").append(alias).append(": related(first: 3) { ")
                        .append(level == 3 ? "slug" : "...level" + (level + 1)).append(" }");
            }
            document.append(" }");
        }
        assertRefused(GraphQLClient.postQuery(document.toString(), Map.of()), ANONYMOUS_LIMIT);
    }

    @Test
    void manyAliasesOfTheTickerAreRefused() {
        String document = aliasesOfTheTicker(450);
        JsonPath response = GraphQLClient.postQuery(document, Map.of());
        assertRefused(response, ANONYMOUS_LIMIT);
        // 450 aliases of 20 entries, each entry one plus its 2 fields
        assertEquals(450L * 20 * (1 + 2), response.getLong("errors[0].extensions.cost"));
    }

    @Test
    void signedInCallersHaveTheLargerBudget() {
        String document = aliasesOfTheTicker(300);
        assertRefused(GraphQLClient.postQuery(document, Map.of()), ANONYMOUS_LIMIT);
        JsonPath signedIn = GraphQLClient.postQueryAs(Tokens.subscriber("ticker-wall"), document, Map.of());
        assertNull(signedIn.get("errors"));
        assertEquals(signedIn.getList("data.t0"), signedIn.getList("data.t299"));
    }

    @Test
    void aPricePageAndAPartnersFullPageFitTheAnonymousBudget() {
        JsonPath page = GraphQLClient.post("pricePage",
                Map.of("slug", "lithium", "from", "2026-01-07", "to", "2026-05-27", "base", "2026-01-07"));
        assertNull(page.get("errors"));
        JsonPath history = GraphQLClient.postQuery("{ commodity(slug: \"cobalt\") { history(first: 500) { totalCount "
                + "edges { cursor node { date value } } pageInfo { hasNextPage endCursor } } } }", Map.of());
        assertNull(history.get("errors"));
    }

    private static String aliasesOfTheTicker(int count) {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            document.append(" t").append(i).append(": ticker { label today }");
        }
        return document.append(" }").toString();
    }

    private static void assertRefused(JsonPath response, long limit) {
        assertNull(response.get("data"), () -> response.prettify());
        assertEquals(CostBudget.CODE, response.getString("errors[0].extensions.code"));
        assertEquals(limit, response.getLong("errors[0].extensions.limit"));
        assertTrue(response.getLong("errors[0].extensions.cost") > limit);
        assertInstanceOf(Number.class, response.get("errors[0].extensions.cost"), "a JSON number");
        String message = response.getString("errors[0].message");
        assertTrue(message.contains(String.format("%,d", limit)), message);
    }
}
