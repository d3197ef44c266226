package dev.assay.graphql.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** GraphQL over HTTP as clients use it: GET for queries, POST, the two response media types and their status codes. */
@QuarkusTest
class GraphQLOverHttpTest {

    /** What urql sends by default. */
    private static final String URQL_ACCEPT = "application/graphql-response+json, application/graphql+json, application/json, "
            + "text/event-stream, multipart/mixed";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void aQueryIsServedOverGetAsUrqlSendsIt() {
        ExtractableResponse<Response> response = given().accept(URQL_ACCEPT)
                .queryParam("query", "query Sectors { sectors { slug } }").queryParam("operationName", "Sectors")
                .when().get("/graphql").then().extract();
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith(GRAPHQL_RESPONSE), response.contentType());
        assertEquals("lithium", response.jsonPath().getString("data.sectors[0].slug"));
    }

    /*
     * The GraphQL handler URL-decodes GET parameters a second time and passes the document in place of the
     * operation name; GraphQLHttpRoutes hands parameters on so that both come out right. Should the handler
     * change, this document (a '%', a '+', a comment, two operations) would no longer parse or be found.
     */
    @Test
    void aGetDocumentArrivesAsWritten() {
        String document = "# lithium+cobalt, 100%\nquery Other { sectors { slug } }\n"
                + "query Search($s: String) { articles(filter: {search: $s}) { totalCount } found: articles { totalCount } }";
        ExtractableResponse<Response> get = given().queryParam("query", document).queryParam("operationName", "Search")
                .queryParam("variables", "{\"s\":\"100% lithium+cobalt\"}").when().get("/graphql").then().extract();
        assertEquals(200, get.statusCode(), get.asString());
        assertNull(get.jsonPath().get("errors"), get.asString());
        ExtractableResponse<Response> post = given().contentType("application/json")
                .body(Map.of("query", document, "operationName", "Search", "variables", Map.of("s", "100% lithium+cobalt")))
                .when().post("/graphql").then().extract();
        assertEquals(post.jsonPath().getInt("data.articles.totalCount"), get.jsonPath().getInt("data.articles.totalCount"));
        assertEquals(post.jsonPath().getInt("data.found.totalCount"), get.jsonPath().getInt("data.found.totalCount"));
    }

    @Test
    void aMutationOverGetIsRefusedAndNamesTheMethodToUse() {
        ExtractableResponse<Response> response = given()
                .queryParam("query", "mutation { recordPrint(commodity: \"cobalt\", date: \"2026-05-06\", value: 1) { outcome } }")
                .when().get("/graphql").then().extract();
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.header("Allow"));
        assertEquals("METHOD_NOT_ALLOWED", response.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void anotherMethodIsRefusedAndTheAllowedOnesNamed() {
        ExtractableResponse<Response> response = given().contentType("application/json").body("{}").when().put("/graphql")
                .then().extract();
        assertEquals(405, response.statusCode());
        assertEquals("GET, POST, OPTIONS", response.header("Allow"));
    }

    @Test
    void requestErrorsAre4xxUnderGraphqlResponseJsonAnd200UnderJson() {
        assertStatus(GRAPHQL_RESPONSE, "{ sectors { slug ", 400, "GRAPHQL_PARSE_FAILED");
        assertStatus(GRAPHQL_RESPONSE, "{ sectors { nope } }", 422, "GRAPHQL_VALIDATION_FAILED");
        assertStatus(GRAPHQL_RESPONSE, "{ commodity(slug: \"lithium\") { history(first: 4294967346) { totalCount } } }", 422,
                "BAD_USER_INPUT");
        assertStatus("application/json", "{ sectors { slug ", 200, "GRAPHQL_PARSE_FAILED");
        assertStatus("application/json", "{ sectors { nope } }", 200, "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aFieldErrorLeavesDataAndA200UnderGraphqlResponseJson() {
        ExtractableResponse<Response> response = post(GRAPHQL_RESPONSE,
                "{ commodity(slug: \"lithium\") { name history(first: 501) { totalCount } } }");
        assertEquals(200, response.statusCode());
        assertEquals("BAD_USER_INPUT", response.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(response.contentType().startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void aRefusedTokenIsAnsweredWithItsChallengeAndACode() {
        ExtractableResponse<Response> response = given().contentType("application/json")
                .header("Authorization", "Bearer " + Tokens.expired("late-editor"))
                .body("{\"query\":\"{ sectors { slug } }\"}").when().post("/graphql").then().extract();
        assertEquals(401, response.statusCode());
        assertEquals("Bearer", response.header("WWW-Authenticate"));
        assertTrue(response.contentType().startsWith("application/json"));
        assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void anOversizedBodyIsAnsweredWithACode() {
        String huge = "{\"query\":\"{ sectors { slug } }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000) + "\"}}";
        ExtractableResponse<Response> response = given().contentType("application/json").body(huge).when().post("/graphql")
                .then().extract();
        assertEquals(413, response.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", response.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void optionsStillNamesTheMethods() {
        ExtractableResponse<Response> response = given().when().options("/graphql").then().extract();
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Allow").contains("GET"), response.header("Allow"));
    }

    private static void assertStatus(String accept, String query, int status, String code) {
        ExtractableResponse<Response> response = post(accept, query);
        assertEquals(status, response.statusCode(), accept + " " + query + ": " + response.asString());
        assertTrue(response.contentType().startsWith(accept), response.contentType());
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"), response.asString());
    }

    private static ExtractableResponse<Response> post(String accept, String query) {
        return given().accept(accept).contentType("application/json").body(Map.of("query", query))
                .when().post("/graphql").then().extract();
    }
}
