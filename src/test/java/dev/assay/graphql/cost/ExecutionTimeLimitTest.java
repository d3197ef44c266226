package dev.assay.graphql.cost;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An operation past its time limit is stopped and answered with one TIMEOUT error and no data. With a limit
 * of zero, every operation is past it by the time its first resolver would start.
 */
@QuarkusTest
@TestProfile(ExecutionTimeLimitTest.NoTimeAtAll.class)
class ExecutionTimeLimitTest {

    public static class NoTimeAtAll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.graphql.time-limit", "0s");
        }
    }

    @Test
    void anOperationPastItsLimitAnswersTimeout() {
        JsonPath response = GraphQLClient.postQuery("{ ticker { label commodity { latest { value } } } }", Map.of());
        assertNull(response.get("data"));
        List<Map<String, Object>> errors = response.getList("errors");
        assertEquals(1, errors.size(), () -> response.prettify());
        assertEquals(ExecutionDeadline.CODE, response.getString("errors[0].extensions.code"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aDocumentThatRunsNoResolverStillAnswers() {
        JsonPath response = GraphQLClient.postQuery("{ __typename }", Map.of());
        assertNull(response.get("errors"));
        assertEquals("Query", response.getString("data.__typename"));
    }
}
