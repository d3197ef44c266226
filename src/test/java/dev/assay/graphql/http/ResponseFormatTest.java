package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Accept header chooses the response's media type; one admitting no JSON is refused. */
class ResponseFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~~                                                            | JSON
            */*                                                           | JSON
            application/json                                              | JSON
            application/*                                                 | JSON
            application/graphql+json                                      | JSON
            application/graphql-response+json                             | GRAPHQL_RESPONSE
            Application/GraphQL-Response+JSON                             | GRAPHQL_RESPONSE
            application/graphql-response+json, application/json;q=0.9     | GRAPHQL_RESPONSE
            application/graphql-response+json;q=0.5, application/json     | JSON
            application/json, application/graphql-response+json           | JSON
            application/graphql-response+json, application/json          | GRAPHQL_RESPONSE
            text/html, */*;q=0.1                                          | JSON
            */*, application/graphql-response+json                        | GRAPHQL_RESPONSE
            application/json; charset=utf-8                               | JSON
            application/json; charset="UTF-8"                             | JSON
            text/html;q=0.9, application/graphql-response+json;q=0.8      | GRAPHQL_RESPONSE
            """)
    void choosesTheTypeTheHeaderRatesHighest(String accept, ResponseFormat expected) throws HttpProblem {
        assertEquals(expected, ResponseFormat.negotiate(accept));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/html", "text/event-stream", "application/json;q=0", "application/json; charset=bogus",
            "application/json; charset=iso-8859-1", ",,,;;;", "application/jsonp", "json", "application/json;q=abc"})
    void refusesAHeaderAdmittingNoJson(String accept) {
        HttpProblem refused = assertThrows(HttpProblem.class, () -> ResponseFormat.negotiate(accept));
        assertEquals(HttpProblem.NOT_ACCEPTABLE, refused.code());
        assertEquals(406, refused.status(ResponseFormat.JSON));
    }
}
