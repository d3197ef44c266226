package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.MultiMap;

/**
 * Variables are keyed one way only: what reads the same to the engine keys the same, what could read otherwise
 * (a decimal's scale, a string's escapes, a nested value) never does.
 */
class CanonicalJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            the order of members        | {"a":1,"b":2}                | {"b":2,"a":1}
            nested members' order       | {"a":{"x":1,"y":[1,2]}}      | {"a":{"y":[1,2],"x":1}}
            whitespace                  | { "a" : "x" }                | {"a":"x"}
            an escape for a plain char  | {"a":"\\u0041"}               | {"a":"A"}
            no variables and none given | {}                           | ~~
            """)
    void theSameToTheEngineIsTheSameKey(String what, String one, String other) throws HttpProblem {
        assertEquals(key(one), key(other));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a decimal's scale           | {"v":1.10}                   | {"v":1.1}
            an integer and a decimal    | {"v":1}                      | {"v":1.0}
            a long decimal              | {"v":0.1000000000000000000001} | {"v":0.1}
            a number and a string       | {"v":1}                      | {"v":"1"}
            null and absent             | {"v":null}                   | {}
            an array and its items      | {"v":[1,2]}                  | {"v":[2,1]}
            a quote in a string         | {"v":"a\\",\\"b"}             | {"v":"a","w":"b"}
            """)
    void whatCouldReadOtherwiseIsAnotherKey(String what, String one, String other) throws HttpProblem {
        assertNotEquals(key(one), key(other));
    }

    private static String key(String variables) throws HttpProblem {
        MultiMap parameters = MultiMap.caseInsensitiveMultiMap().add("query", "{ sectors { slug } }");
        if (variables != null) {
            parameters.add("variables", variables);
        }
        return CanonicalJson.arguments(GraphQLRequest.fromQueryParameters(parameters));
    }
}
