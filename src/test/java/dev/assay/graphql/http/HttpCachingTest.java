package dev.assay.graphql.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.cache.DataVersion;
import dev.assay.support.CacheCounts;
import dev.assay.support.Eventually;
import dev.assay.support.OperatorSql;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What HTTP caches are told: a query's answer carries a strong entity tag, anonymous answers may be kept by a
 * shared cache that revalidates them, signed-in callers' by no shared cache, and both vary by Authorization and
 * Accept; If-None-Match with the current tag gets 304 and no body, over GET and POST alike; a write changes the
 * tag. Mutations, request errors and refused requests are no-store.
 */
@QuarkusTest
class HttpCachingTest {

    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    TestSeries series;

    @Inject
    DataVersion version;

    private String slug;
    private String query;

    @BeforeEach
    void createCommodity() {
        slug = "http-cache-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "http-cache-test", "WEEKLY", null, "2026-04-01", "100.00");
        heard();
        query = "{ commodity(slug: \"" + slug + "\") { latest { date value } } }";
    }

    @AfterEach
    void removeIt() {
        series.deleteSector("http-cache-test");
    }

    @Test
    void anAnonymousAnswerMayBeKeptByASharedCacheThatRevalidatesIt() {
        ExtractableResponse<Response> answer = get(given(), query).then().statusCode(200).extract();
        String etag = answer.header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), "a strong, quoted tag: " + etag);
        assertEquals("public, no-cache", answer.header("Cache-Control"));
        assertEquals("Accept, Authorization, Origin", answer.header("Vary"));

        CacheCounts before = CacheCounts.now();
        ExtractableResponse<Response> notModified = get(given().header("If-None-Match", etag), query)
                .then().statusCode(304).extract();
        assertEquals("", notModified.asString());
        String length = notModified.header("Content-Length");
        assertTrue(length == null || length.equals(answer.header("Content-Length")), "no length but the answer's: " + length);
        assertEquals(etag, notModified.header("ETag"));
        assertEquals("public, no-cache", notModified.header("Cache-Control"));
        assertEquals(1, CacheCounts.now().since(before).notModified());

        get(given().header("If-None-Match", "W/" + etag), query).then().statusCode(304);
        get(given().header("If-None-Match", "\"other\", " + etag), query).then().statusCode(304);
        get(given().header("If-None-Match", "*"), query).then().statusCode(304);
        get(given().header("If-None-Match", "\"other\""), query).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aSignedInCallersAnswerIsPrivate() {
        ExtractableResponse<Response> answer = get(given().header("Authorization", "Bearer " + Tokens.subscriber("http-sub")),
                query).then().statusCode(200).extract();
        assertEquals("private, no-cache", answer.header("Cache-Control"));
        assertEquals("Accept, Authorization, Origin", answer.header("Vary"));
        String anonymous = get(given(), query).then().statusCode(200).extract().header("ETag");
        assertNotEquals(anonymous, answer.header("ETag"), "another audience, another tag");
    }

    @Test
    void aCrossOriginAnswerVariesByOriginToo() {
        ExtractableResponse<Response> answer = get(given().header("Origin", "http://localhost:3000"), query)
                .then().statusCode(200).extract();
        assertEquals("http://localhost:3000", answer.header("Access-Control-Allow-Origin"));
        String vary = String.join(", ", answer.headers().getValues("Vary"));
        assertTrue(vary.contains("Origin") && vary.contains("Authorization") && vary.contains("Accept"), vary);
    }

    @Test
    void aPostedQueryIsRevalidatedTheSameWay() {
        String etag = post(given(), query).then().statusCode(200).extract().header("ETag");
        assertEquals("public, no-cache", post(given(), query).then().extract().header("Cache-Control"));
        post(given().header("If-None-Match", etag), query).then().statusCode(304);
        assertEquals(etag, get(given(), query).then().extract().header("ETag"), "GET and POST of one query are one answer");
    }

    @Test
    void eachMediaTypeHasItsOwnTag() {
        String json = get(given(), query).then().statusCode(200).extract().header("ETag");
        ExtractableResponse<Response> graphql = get(given().accept("application/graphql-response+json"), query)
                .then().statusCode(200).extract();
        assertTrue(graphql.contentType().startsWith("application/graphql-response+json"));
        assertNotEquals(json, graphql.header("ETag"));
        get(given().accept("application/graphql-response+json").header("If-None-Match", json), query).then().statusCode(200);
    }

    @Test
    void aWriteChangesTheTag() {
        String etag = get(given(), query).then().statusCode(200).extract().header("ETag");
        OperatorSql.commit("UPDATE price_point SET value = 98.50 WHERE commodity_id = (SELECT id FROM commodity WHERE slug = '"
                + slug + "')");
        heard();
        ExtractableResponse<Response> changed = get(given().header("If-None-Match", etag), query).then().statusCode(200)
                .extract();
        assertNotEquals(etag, changed.header("ETag"));
        assertEquals(new BigDecimal("98.50"), changed.jsonPath(DECIMALS).get("data.commodity.latest.value"));
    }

    @Test
    void mutationsRequestErrorsAndRefusedRequestsAreNoStore() {
        ExtractableResponse<Response> mutation = post(given().header("Authorization", "Bearer " + Tokens.editor("http-editor")),
                "mutation { recordPrint(commodity: \"" + slug + "\", date: \"2026-04-08\", value: 101) { outcome } }")
                .then().statusCode(200).extract();
        assertEquals("no-store", mutation.header("Cache-Control"));
        assertNull(mutation.header("ETag"));

        ExtractableResponse<Response> invalid = get(given(), "{ noSuchField }").then().statusCode(200).extract();
        assertEquals("no-store", invalid.header("Cache-Control"));
        assertNull(invalid.header("ETag"));

        ExtractableResponse<Response> refused = given().contentType("text/plain").body(query).post("/graphql")
                .then().statusCode(415).extract();
        assertEquals("no-store", refused.header("Cache-Control"));
    }

    private void heard() {
        long committed = OperatorSql.dataVersion();
        Eventually.until(() -> version.current() == committed, "the service hears of version " + committed);
    }

    private static Response get(RequestSpecification request, String document) {
        return request.queryParam("query", document).get("/graphql");
    }

    private static Response post(RequestSpecification request, String document) {
        return request.contentType("application/json").body(Map.of("query", document)).post("/graphql");
    }
}
