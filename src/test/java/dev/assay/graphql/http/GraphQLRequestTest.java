package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.MultiMap;

/** What the endpoint accepts as a GraphQL request, and how it answers everything else. */
class GraphQLRequestTest {

    @Test
    void readsTheMembersOfAPostBody() throws HttpProblem {
        GraphQLRequest request = GraphQLRequest.fromJsonBody(bytes(
                "{\"query\":\"query A { sectors { slug } }\",\"operationName\":\"A\",\"variables\":{\"n\":1},\"extensions\":{}}"));
        assertEquals("query A { sectors { slug } }", request.query());
        assertEquals("A", request.operationName());
    }

    @Test
    void anEmptyOperationNameIsNone() throws HttpProblem {
        assertNull(GraphQLRequest.fromJsonBody(bytes("{\"query\":\"{ a }\",\"operationName\":\"\"}")).operationName());
    }

    @Test
    void readsRawLineBreaksAsTheGraphQLHandlerDoes() throws HttpProblem {
        assertEquals("{  a }", GraphQLRequest.fromJsonBody(bytes("{\"query\":\"{\n\ta }\"}")).query());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            not json                                      | BAD_REQUEST                   | 400 | 400
            {"query":                                     | BAD_REQUEST                   | 400 | 400
            {"query":"a"} trailing                        | BAD_REQUEST                   | 400 | 400
            {"query":"a","query":"b"}                     | BAD_REQUEST                   | 400 | 400
            [{"query":"a"}]                               | BAD_REQUEST                   | 400 | 422
            "a string"                                    | BAD_REQUEST                   | 400 | 422
            {"query":42}                                  | BAD_REQUEST                   | 400 | 422
            {"query":"a","variables":"x"}                 | BAD_REQUEST                   | 400 | 422
            {"query":"a","variables":[1]}                 | BAD_REQUEST                   | 400 | 422
            {"query":"a","operationName":7}               | BAD_REQUEST                   | 400 | 422
            {"query":"a","extensions":"x"}                | BAD_REQUEST                   | 400 | 422
            {"variables":{}}                              | BAD_REQUEST                   | 400 | 422
            {"extensions":{"persistedQuery":{}}}          | PERSISTED_QUERY_NOT_SUPPORTED | 400 | 422
            """)
    void refusesABodyThatIsNotAGraphQLRequest(String body, String code, int jsonStatus, int graphqlResponseStatus) {
        HttpProblem refused = assertThrows(HttpProblem.class, () -> GraphQLRequest.fromJsonBody(bytes(body)));
        assertEquals(code, refused.code());
        assertEquals(jsonStatus, refused.status(ResponseFormat.JSON));
        assertEquals(graphqlResponseStatus, refused.status(ResponseFormat.GRAPHQL_RESPONSE));
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        byte[] latin1 = "{\"query\":\"{ commodity(slug: \\\"m\u00fcnchen\\\") { name } }\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The request body is not valid UTF-8",
                assertThrows(HttpProblem.class, () -> GraphQLRequest.fromJsonBody(latin1)).getMessage());
    }

    @Test
    void refusesJsonNestedTooDeep() {
        String deep = "{\"query\":\"a\",\"variables\":{\"x\":" + "[".repeat(200) + "]".repeat(200) + "}}";
        assertThrows(HttpProblem.class, () -> GraphQLRequest.fromJsonBody(bytes(deep)));
    }

    @Test
    void readsTheParametersOfAGet() throws HttpProblem {
        GraphQLRequest request = GraphQLRequest.fromQueryParameters(MultiMap.caseInsensitiveMultiMap()
                .add("query", "{ a }").add("variables", "{\"n\":1}").add("operationName", ""));
        assertEquals("{ a }", request.query());
        assertEquals("{\"n\":1}", request.variables());
        assertNull(request.operationName());
    }

    @Test
    void refusesAGetWithoutAQueryOrWithAParameterTwice() {
        assertThrows(HttpProblem.class, () -> GraphQLRequest.fromQueryParameters(MultiMap.caseInsensitiveMultiMap()));
        assertThrows(HttpProblem.class, () -> GraphQLRequest.fromQueryParameters(MultiMap.caseInsensitiveMultiMap()
                .add("query", "{ a }").add("query", "{ b }")));
        assertThrows(HttpProblem.class, () -> GraphQLRequest.fromQueryParameters(MultiMap.caseInsensitiveMultiMap()
                .add("query", "{ a }").add("variables", "[1]")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
