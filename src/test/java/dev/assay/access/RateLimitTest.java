package dev.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static io.restassured.RestAssured.given;

/** Each caller gets its own budget; over it, HTTP 429 with a GraphQL error of code RATE_LIMITED. */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    /** A burst of 5 and a trickle of 1 a minute, so the sixth request in a row is over the limit. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.rate-limit.enabled", "true", "assay.rate-limit.burst", "5",
                    "assay.rate-limit.per-minute", "1", "assay.seed.import-on-start", "false");
        }
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
}
