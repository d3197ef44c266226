package dev.assay.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.CacheCounts;
import dev.assay.support.Eventually;
import dev.assay.support.OperatorEndpoints;
import dev.assay.support.OperatorSql;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * While the data version listener's connection is down, queries bypass the cache (they are answered by the engine,
 * nothing held is served, nothing is kept, no entity tag is given) and count as bypasses; once it is back, it reads
 * the version afresh, drops what it held, and the cache serves again, with what was written meanwhile. A bypassed
 * query goes to SmallRye GraphQL's own HTTP handler: its answer, field error and all, is byte for byte the one the
 * cache's execution of a miss gave, which pins that the two serialise alike.
 */
@QuarkusTest
class ListenerOutageTest {

    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    DataVersion version;

    @Inject
    TestSeries series;

    private String slug;
    private String query;

    @BeforeEach
    void createCommodity() {
        slug = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "listener-outage-test", "WEEKLY", null, "2026-04-01", "100.00");
        query = "{ commodity(slug: \"" + slug + "\") { latest { value } history(first: 1, after: \"forged\") { totalCount } } }";
        heard();
    }

    @AfterEach
    void removeIt() {
        Eventually.until(version::listening, "the listener is back");
        series.deleteSector("listener-outage-test");
    }

    @Test
    void whileTheListenerIsDownQueriesBypassTheCacheAndAfterwardsUseItAgain() {
        Asked computed = ask();
        assertEquals(1, computed.counts().misses());
        assertEquals("BAD_USER_INPUT", computed.body().getString("errors[0].extensions.code"));
        assertEquals(1, ask().counts().hits(), "held while the listener follows the version");

        Asked bypassed = null;
        // The listener reconnects within half a second: cut it again should a request not fall in the gap
        for (int attempt = 0; attempt < 20 && bypassed == null; attempt++) {
            assertEquals(1, OperatorSql.query("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'assay-data-version'").stream().mapToInt(Integer::parseInt).sum());
            Eventually.until(() -> !version.listening(), "the listener notices its connection is gone");
            Asked asked = ask();
            if (asked.counts().bypasses() == 1) {
                bypassed = asked;
            }
        }
        assertTrue(bypassed != null, "a request fell while the listener was down");
        assertEquals(0, bypassed.counts().hits());
        assertEquals(computed.response().asString(), bypassed.response().asString(), "the engine's own handler, alike");
        assertEquals(computed.response().contentType(), bypassed.response().contentType());
        assertEquals(new BigDecimal("100.00"), bypassed.response().jsonPath(DECIMALS).get("data.commodity.latest.value"));
        assertNull(bypassed.response().header("ETag"), "no tag for an answer not keyed by a version");
        assertEquals("no-store", bypassed.response().header("Cache-Control"));

        OperatorSql.commit("UPDATE price_point SET value = 97.00 WHERE commodity_id = (SELECT id FROM commodity WHERE slug = '"
                + slug + "')");
        heard();
        Asked after = ask();
        assertEquals(1, after.counts().misses(), "held answers were dropped, the version moved");
        assertEquals(new BigDecimal("97.00"), after.response().jsonPath(DECIMALS).get("data.commodity.latest.value"));
        assertEquals(1, ask().counts().hits());
    }

    @Test
    void afterAReconnectionTheTagsOfTheUnchangedDataStillHold() {
        String etag = ask().response().header("ETag");
        long connections = version.connections();
        OperatorSql.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'assay-data-version'");
        Eventually.until(() -> version.connections() > connections, "the listener connects again");
        heard();

        CacheCounts before = CacheCounts.now();
        given().contentType("application/json").header("If-None-Match", etag).body(Map.of("query", query)).post("/graphql")
                .then().statusCode(304);
        CacheCounts counts = CacheCounts.now().since(before);
        assertEquals(1, counts.notModified(), "not modified, though no answer is held any more");
        assertEquals(0, counts.misses(), "told without computing the answer");
    }

    @Test
    void theHealthCheckShowsTheVersionFollowed() {
        JsonPath ready = given().get(OperatorEndpoints.READY).then().statusCode(200).extract().jsonPath();
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'Answer cache' }.data");
        assertEquals(true, data.get("listening"));
        assertEquals(version.current(), ((Number) data.get("dataVersion")).longValue());
        assertEquals(OperatorSql.dataVersion(), version.current());
    }

    private void heard() {
        long committed = OperatorSql.dataVersion();
        Eventually.until(() -> version.listening() && version.current() == committed,
                "the service hears of version " + committed);
    }

    private record Asked(ExtractableResponse<Response> response, JsonPath body, CacheCounts counts) {
    }

    private Asked ask() {
        CacheCounts before = CacheCounts.now();
        ExtractableResponse<Response> response = given().contentType("application/json").body(Map.of("query", query))
                .post("/graphql").then().statusCode(200).extract();
        return new Asked(response, response.jsonPath(), CacheCounts.now().since(before));
    }
}
