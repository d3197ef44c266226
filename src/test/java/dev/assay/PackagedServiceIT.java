package dev.assay;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.OperatorEndpoints;
import dev.assay.support.PrometheusScrape;
import dev.assay.support.SeedFacts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The main API checks against the packaged artifact, run as operators run it (the prod profile, an external
 * database, a configured token key): the JVM jar in the plain build, the native executable with -Dnative.
 * Everything a native image can lose without a compile error is touched here: entities, GraphQL types and
 * error codes, the seeds and migrations as resources, JWT verification, the metrics and health endpoints.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedServiceIT.TokenKey.class, restrictToAnnotatedClass = true)
class PackagedServiceIT {

    /** Hands the packaged service the test key's public half as a file, as a mounted Secret would. */
    public static class TokenKey implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("mp.jwt.verify.publickey.location",
                    Path.of("target", "test-classes", "test-keys", "publicKey.pem").toAbsolutePath().toString());
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void isLiveStartedAndReadyWithTheSchemaMigrated() {
        assertEquals("UP", given().get(OperatorEndpoints.LIVE).then().statusCode(200).extract().jsonPath().getString("status"));
        assertEquals("UP", given().get(OperatorEndpoints.STARTED).then().statusCode(200).extract().jsonPath().getString("status"));
        JsonPath ready = given().get(OperatorEndpoints.READY).then().statusCode(200).extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        assertEquals(0, ready.getInt("checks.find { it.name == 'Database migrations' }.data.pending"));
    }

    @Test
    void servesTheSeededTicker() {
        JsonPath ticker = GraphQLClient.post("ticker");
        assertNull(ticker.get("errors"), () -> ticker.prettify());
        assertEquals(SeedFacts.TICKER_SLUGS, ticker.getList("data.ticker.commodity.slug"));
        assertEquals("411.01", ticker.getString("data.ticker[0].today"));
    }

    @Test
    void servesAPricePageWithItsDeltas() {
        JsonPath page = GraphQLClient.post("pricePage",
                Map.of("slug", "lithium-carbonate", "from", "2026-01-01", "to", "2026-05-27", "base", "2026-01-07"));
        assertNull(page.get("errors"), () -> page.prettify());
        assertNotNull(page.get("data.commodity.latest.value"));
        assertTrue(page.getList("data.commodity.deltas").size() > 3);
    }

    @Test
    void servesTheCommittedSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertEquals(Files.readString(Path.of("src", "main", "graphql", "schema.graphql"), StandardCharsets.UTF_8).strip(),
                served.strip());
    }

    @Test
    void answersBadInputWithItsCode() {
        JsonPath answer = GraphQLClient.postQuery("{ ticker(asOf: \"2026-13-45\") { label } }", Map.of());
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertTrue(answer.getString("errors[0].message").contains("asOf"));
    }

    @Test
    void verifiesBearerTokens() throws Exception {
        PrivateKey key = KeyUtils.readPrivateKey("test-keys/privateKey.pem");
        String editor = Jwt.issuer("https://assay.dev/issuer").audience("assay").subject("it-editor").groups(Set.of("editor"))
                .expiresIn(300).sign(key);
        JsonPath status = GraphQLClient.postQueryAs(editor, "{ ingestStatus { enabled } }", Map.of());
        assertNull(status.get("errors"), () -> status.prettify());
        assertEquals(false, status.getBoolean("data.ingestStatus.enabled"));

        String forged = Jwt.issuer("https://assay.dev/issuer").audience("assay").subject("it-forger").groups(Set.of("editor"))
                .expiresIn(300).sign(KeyUtils.generateKeyPair(2048).getPrivate());
        assertEquals(401, GraphQLClient.status(forged, "{ ingestStatus { enabled } }"));

        String partner = Jwt.issuer("https://assay.dev/issuer").audience("assay").subject("it-partner")
                .groups(Set.of("subscriber", "partner")).claim("tiers", List.of()).expiresIn(300).sign(key);
        String csv = given().header("Authorization", "Bearer " + partner).get("/export/prices.csv?commodity=cobalt")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("commodity,date,value\r\ncobalt,"), csv);
        assertEquals("UNAUTHENTICATED", given().get("/export/prices.csv").then().statusCode(401).extract().jsonPath()
                .getString("errors[0].extensions.code"));
    }

    @Test
    void exposesPrometheusMetrics() {
        GraphQLClient.postQuery("query SectorsForMetrics { sectors { slug } }", Map.of());
        PrometheusScrape scrape = PrometheusScrape.now();
        assertTrue(scrape.require(
                "assay_graphql_operation_seconds_count{operation=\"SectorsForMetrics\",outcome=\"ok\",type=\"query\"}") >= 1);
        assertTrue(scrape.has("agroal_active_count{datasource=\"default\"}"));
        assertTrue(scrape.has("http_server_requests_seconds_count{"));
        assertTrue(scrape.has("assay_ingest_files_total{"));
    }

    @Test
    void keepsGraphiqlOffInProduction() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
