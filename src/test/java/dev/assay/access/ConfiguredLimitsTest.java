package dev.assay.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.support.GraphQLClient;
import dev.assay.support.LiveClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What operators switch on by configuration, in one restart: per-caller rate limits, introspection off,
 * GraphiQL off, and the scheduled ingest of an inbox folder.
 */
@QuarkusTest
@TestProfile(ConfiguredLimitsTest.Hardened.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfiguredLimitsTest {

    static final Path INBOX = inbox();

    /** A burst of 5 and a trickle of 1 a minute, so the sixth request in a row is over the limit. */
    public static class Hardened implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.rate-limit.enabled", "true", "assay.rate-limit.burst", "5",
                    "assay.rate-limit.per-minute", "1",
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "assay.ingest.inbox", INBOX.toString(), "assay.ingest.interval", "1s",
                    "assay.ingest.settle", "0s");
        }
    }

    /* Named by the process, not created at random: the profile and the test may be loaded by two class loaders. */
    private static Path inbox() {
        return Path.of(System.getProperty("java.io.tmpdir"), "assay-inbox-" + ProcessHandle.current().pid());
    }

    @Test
    void introspectionAndGraphiqlCanBeSwitchedOff() {
        var response = given().header("Authorization", "Bearer " + Tokens.subscriber("introspector"))
                .contentType("application/json").body("{\"query\":\"{ __schema { types { name } } }\"}")
                .post("/graphql").then().extract();
        assertTrue(response.jsonPath().getList("errors") != null, response.asString());
        given().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Inject
    TestSeries series;

    @Test
    void theSchedulerImportsADroppedFile() throws Exception {
        series.create("scheduled-ingest", "scheduled-test", "WEEKLY", null);
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("scheduled.csv"), "commodity,date,value\nscheduled-ingest,2026-06-10,415.55\n");
        Path processed = INBOX.resolve("processed").resolve("scheduled.csv");
        for (int i = 0; i < 300 && !Files.exists(processed); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(processed), "the scheduled tick picked the file up");
        series.deleteSector("scheduled-test");
    }

    @Test
    void callersAreLimitedSeparately() {
        String alice = Tokens.subscriber("alice");
        String bob = Tokens.subscriber("bob");
        List<Integer> aliceStatuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            aliceStatuses.add(GraphQLClient.status(alice, "{ sectors { slug } }"));
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 429, 429), aliceStatuses);
        assertEquals(200, GraphQLClient.status(bob, "{ sectors { slug } }"), "bob has his own budget");

        var refused = given().header("Authorization", "Bearer " + alice).contentType("application/json")
                .body("{\"query\":\"{ sectors { slug } }\"}").post("/graphql").then().extract();
        assertEquals(429, refused.statusCode());
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
    }

    /* Last: it spends the budget of new tokens from this address, the address every test here sends from. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aForgedTokenClaimingSomeoneElseNeitherDrainsTheirBudgetNorGetsPastTheLimit() {
        String victim = Tokens.editor("victim-editor");
        assertEquals(200, GraphQLClient.status(victim, "{ sectors { slug } }"));

        String forged = Tokens.forged("victim-editor");
        List<Integer> forgedStatuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            forgedStatuses.add(GraphQLClient.status(forged, "{ sectors { slug } }"));
        }

        assertEquals(List.of(401, 401, 401, 401, 401, 429, 429), forgedStatuses,
                "forged tokens are counted by their address, and stopped there");
        List<Integer> victimStatuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            victimStatuses.add(GraphQLClient.status(victim, "{ sectors { slug } }"));
        }
        assertEquals(List.of(200, 200, 200, 200, 429), victimStatuses, "the victim keeps its whole budget of 5");
    }

    @Test
    void operationsOverAWebSocketCountAgainstTheSameBudget() throws Exception {
        String token = Tokens.subscriber("socket-user");
        try (LiveClient socket = LiveClient.connect(token)) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                socket.send(Map.of("id", "q" + i, "type", "subscribe", "payload", Map.of("query", "{ sectors { slug } }")));
                JsonNode answer = socket.next(i < 4 ? "next" : "error");
                if (i < 4) {
                    socket.next("complete");
                }
                answers.add(answer.path("type").asText() + ":" + answer.path("payload").path(0).path("extensions")
                        .path("code").asText(""));
            }
            // The upgrade request was the first of the caller's 5; then four operations, then the limit
            assertEquals(List.of("next:", "next:", "next:", "next:", "error:RATE_LIMITED", "error:RATE_LIMITED"),
                    answers);
        }
        assertEquals(429, GraphQLClient.status(token, "{ sectors { slug } }"), "one budget for HTTP and WebSocket");
    }
}
