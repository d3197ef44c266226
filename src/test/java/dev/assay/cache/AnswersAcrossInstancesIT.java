package dev.assay.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.assay.support.SecondInstance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Two instances of the packaged service on one database, each with its answer cache: a print recorded through one
 * is in the very next answer of the other, which held the answer of before; and an entity tag one instance gave is
 * honoured by the other, which never computed that answer.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AnswersAcrossInstancesIT.TokenKey.class, restrictToAnnotatedClass = true)
class AnswersAcrossInstancesIT {

    /** Hands the first instance the test key's public half; the second gets it as a system property. */
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

    /** Weekly series print on Wednesdays: these Thursdays hold no print, so each one recorded is new. */
    private static final String SLUG = "ncm-mid-nickel";
    private static final String[] THURSDAYS = { "2026-05-21", "2026-05-14", "2026-05-07", "2026-04-30" };

    private static final String TICKER_AS_OF = """
            query TickerAsOf($asOf: Date) { ticker(asOf: $asOf) { commodity { slug } publishedDate today } }""";
    private static final String RECORD = """
            mutation Record($c: String!, $d: Date!, $v: BigDecimal!) { recordPrint(commodity: $c, date: $d, value: $v) { outcome } }""";

    private static SecondInstance second;

    @BeforeAll
    static void startTheSecondInstance() throws Exception {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aPrintRecordedThroughOneIsInTheVeryNextAnswerOfTheOther() throws Exception {
        String editor = editorToken();
        for (int i = 0; i < THURSDAYS.length; i++) {
            String date = THURSDAYS[i];
            boolean throughFirst = i % 2 == 0;
            RequestSpecification writer = throughFirst ? first() : other();
            RequestSpecification reader = throughFirst ? other() : first();
            String before = entry(ask(throughFirst ? other() : first(), date)).getString("publishedDate");
            assertNotEquals(date, before, "no print on " + date + " yet");
            assertEquals(before, entry(ask(throughFirst ? other() : first(), date)).getString("publishedDate"),
                    "the reader holds the answer of before");

            String value = "1" + (10 + i) + ".25";
            JsonPath recorded = writer.contentType("application/json").header("Authorization", "Bearer " + editor)
                    .body(Map.of("query", RECORD, "variables", Map.of("c", SLUG, "d", date, "v", value)))
                    .post("/graphql").then().statusCode(200).extract().jsonPath();
            assertEquals("CREATED", recorded.getString("data.recordPrint.outcome"), recorded::prettify);

            JsonPath next = entry(ask(reader, date));
            assertEquals(date, next.getString("publishedDate"), "the very next answer of the other instance");
            assertEquals(value, next.getString("today"));
        }
    }

    @Test
    void anEntityTagOfOneInstanceIsHonouredByTheOther() {
        String query = "{ commodity(slug: \"" + SLUG + "\") { slug name unit } }";
        String etag = first().queryParam("query", query).get("/graphql").then().statusCode(200).extract().header("ETag");
        double missesBefore = misses(second);
        other().header("If-None-Match", etag).queryParam("query", query).get("/graphql").then().statusCode(304);
        assertEquals(missesBefore, misses(second), "not modified, told without computing the answer");
    }

    private static JsonPath ask(RequestSpecification request, String asOf) {
        JsonPath answer = request.contentType("application/json")
                .body(Map.of("query", TICKER_AS_OF, "variables", Map.of("asOf", asOf)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), answer::prettify);
        return answer;
    }

    private static JsonPath entry(JsonPath ticker) {
        int index = ticker.getList("data.ticker.commodity.slug").indexOf(SLUG);
        assertTrue(index >= 0, SLUG + " is in the ticker");
        return new JsonPath(ticker.prettify()).setRootPath("data.ticker[" + index + "]");
    }

    private static RequestSpecification first() {
        return given();
    }

    private static RequestSpecification other() {
        return given().baseUri("http://localhost").port(second.port());
    }

    private static double misses(SecondInstance instance) {
        String metrics = given().baseUri("http://localhost").port(instance.port()).accept("text/plain").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("assay_answer_cache_requests_total{outcome=\"miss\"")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElseThrow();
    }

    private static String editorToken() throws Exception {
        PrivateKey key = KeyUtils.readPrivateKey("test-keys/privateKey.pem");
        return Jwt.issuer("https://assay.dev/issuer").audience("assay").subject("it-cache-editor").groups(Set.of("editor"))
                .expiresIn(300).sign(key);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
