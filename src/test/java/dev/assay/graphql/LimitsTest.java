package dev.assay.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Request size, CORS and GraphiQL as configured. */
@QuarkusTest
class LimitsTest {

    @Test
    void anOversizedRequestBodyIsRefused() {
        String huge = "{\"query\":\"{ ticker { label } }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000) + "\"}}";
        given().contentType(ContentType.JSON).body(huge).when().post("/graphql").then().statusCode(413);
    }

    @Test
    void corsAllowsTheConfiguredFrontEndOnly() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        String other = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then().extract().header("Access-Control-Allow-Origin");
        assertEquals(null, other);
    }

    @Test
    void graphiqlIsServedWhenEnabled() {
        given().when().get("/q/graphql-ui/").then().statusCode(200);
    }
}
