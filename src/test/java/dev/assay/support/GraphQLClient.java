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
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().body().jsonPath(DECIMALS);
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
