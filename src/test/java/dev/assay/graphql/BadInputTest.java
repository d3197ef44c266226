package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every kind of bad input is a GraphQL error with a stable code and a message naming the argument. */
@QuarkusTest
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed date", "{ ticker(asOf: \"2026-13-45\") { label } }", "asOf"),
                Arguments.of("malformed cursor",
                        "{ commodity(slug: \"lithium\") { history(after: \"not-a-cursor\") { totalCount } } }", "after"),
                Arguments.of("foreign cursor",
                        "{ commodity(slug: \"lithium\") { history(after: \"YXJ0aWNsZToyMDI2LTAxLTAxfDE\") { totalCount } } }",
                        "after"),
                Arguments.of("from after to",
                        "{ commodity(slug: \"lithium\") { history(from: \"2026-05-01\", to: \"2026-01-01\") { totalCount } } }",
                        "from"),
                Arguments.of("window from after to",
                        "{ commodity(slug: \"lithium\") { change(from: \"2026-05-01\", to: \"2026-01-01\") { computed } } }",
                        "from"),
                Arguments.of("page above the cap",
                        "{ commodity(slug: \"lithium\") { history(first: 501) { totalCount } } }", "first"),
                Arguments.of("negative page", "{ articles(first: -1) { totalCount } }", "first"),
                Arguments.of("first and last", "{ commodity(slug: \"lithium\") { history(first: 5, last: 5) { totalCount } } }",
                        "last"),
                Arguments.of("unknown slug in a list", "{ compare(slugs: [\"lithium\", \"unobtainium\"]) { dates } }",
                        "slugs"),
                Arguments.of("article list cursor", "{ articles(after: \"%%%\") { totalCount } }", "after"),
                Arguments.of("article dates", "{ articles(filter: {from: \"2026-01-02\", to: \"2026-01-01\"}) { totalCount } }",
                        "from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void answersBadInputWithACodeAndTheArgument(String name, String query, String argument) {
        JsonPath response = GraphQLClient.postQuery(query, Map.of());
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, name + ": expected an error");
        Map<String, Object> error = errors.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
        assertEquals("BAD_USER_INPUT", extensions.get("code"), name + ": " + error);
        String message = (String) error.get("message");
        assertTrue(message.contains(argument), name + ": message should name '" + argument + "': " + message);
        String body = response.prettify();
        assertFalse(body.contains("dev.assay.") || body.contains("java.") || body.contains("stackTrace"),
                name + ": no class names or stack traces in responses: " + body);
    }

    @Test
    void unknownSlugOfASingularLookupIsNull() {
        JsonPath response = GraphQLClient.postQuery("{ commodity(slug: \"unobtainium\") { name } article(slug: \"nope\") { title } }",
                Map.of());
        assertNull(response.get("errors"));
        assertNull(response.get("data.commodity"));
        assertNull(response.get("data.article"));
    }

    @Test
    void tooDeepADocumentIsRefused() {
        String deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType "
                + "{ ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } }";
        JsonPath response = GraphQLClient.postQuery(deep, Map.of());
        assertEquals("QUERY_TOO_COMPLEX", response.getString("errors[0].extensions.code"));
        assertNull(response.get("data.__schema"));
    }

    @Test
    void tooComplexADocumentIsRefusedWithACode() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            query.append(" s").append(i).append(": sectors { slug }");
        }
        JsonPath response = GraphQLClient.postQuery(query.append(" }").toString(), Map.of());
        assertNull(response.get("data"));
        assertEquals("QUERY_TOO_COMPLEX", response.getString("errors[0].extensions.code"));
    }

    @Test
    void graphiqlsIntrospectionQueryStillWorks() {
        JsonPath response = GraphQLClient.post("introspection");
        assertNull(response.get("errors"), () -> response.prettify());
        assertTrue(response.getList("data.__schema.types").size() > 20);
    }
}
