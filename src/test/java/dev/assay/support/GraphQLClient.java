package dev.assay.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;

/** Posts GraphQL documents kept under src/test/resources/graphql to the running service. */
public final class GraphQLClient {

    /** Numbers as BigDecimal, so that figures are compared exactly. */
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private GraphQLClient() {
    }

    /** Posts the document in {@code graphql/<name>.graphql} with the given variables. */
    public static JsonPath post(String name, Map<String, Object> variables) {
        return postQuery(document(name), variables);
    }

    public static JsonPath post(String name) {
        return post(name, Map.of());
    }

    /** Posts an inline document; for short error-path probes. */
    public static JsonPath postQuery(String query, Map<String, Object> variables) {
        return postQueryAs(null, query, variables);
    }

    /** Posts the document in {@code graphql/<name>.graphql} with a bearer token (null: anonymous). */
    public static JsonPath postAs(String token, String name, Map<String, Object> variables) {
        return postQueryAs(token, document(name), variables);
    }

    public static JsonPath postQueryAs(String token, String query, Map<String, Object> variables) {
        return request(token, query, variables)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().body().jsonPath(DECIMALS);
    }

    /** The HTTP status of posting a document, for requests the server refuses before GraphQL runs. */
    public static int status(String token, String query) {
        return request(token, query, Map.of()).then().extract().statusCode();
    }

    private static io.restassured.response.Response request(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql");
    }

    public static String document(String name) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
