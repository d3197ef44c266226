package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.assay.graphql.ErrorCodes;
import graphql.language.OperationDefinition;

/** The operation a request runs, and the requests whose operation cannot be run. */
class DocumentOperationsTest {

    @Test
    void theOnlyOperationRunsWithoutAName() throws HttpProblem {
        DocumentOperations.Chosen chosen = DocumentOperations.choose("{ sectors { slug } }", null);
        assertEquals(OperationDefinition.Operation.QUERY, chosen.operation().type());
        assertTrue(chosen.alone());
    }

    @Test
    void theNamedOperationRuns() throws HttpProblem {
        DocumentOperations.Chosen chosen = DocumentOperations.choose("query A { a } mutation B { b }", "B");
        assertEquals(OperationDefinition.Operation.MUTATION, chosen.operation().type());
        assertFalse(chosen.alone());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            query A { a } query B { b }     | -  | OPERATION_RESOLUTION_FAILURE
            query A { a }                   | B  | OPERATION_RESOLUTION_FAILURE
            fragment F on Query { a }       | -  | OPERATION_RESOLUTION_FAILURE
            { a                             | -  | GRAPHQL_PARSE_FAILED
            ~~                              | -  | GRAPHQL_PARSE_FAILED
            """)
    void refusesWhatCannotBeRun(String query, String operationName, String code) {
        assertEquals(code, assertThrows(HttpProblem.class, () -> DocumentOperations.choose(query, operationName)).code());
    }

    @Test
    void aDocumentOverTheTokenLimitIsTooComplex() {
        String huge = "{ " + "a ".repeat(20_000) + "}";
        assertEquals(ErrorCodes.QUERY_TOO_COMPLEX, assertThrows(HttpProblem.class, () -> DocumentOperations.choose(huge, null)).code());
    }

    @Test
    void aloneKeepsTheChosenOperationAndTheFragmentsItSpreads() throws HttpProblem {
        String alone = DocumentOperations.alone("query A { ...X } query B { ...Y } fragment X on Query { x ...Z } "
                + "fragment Y on Query { y } fragment Z on Query { z }", "A");
        assertTrue(alone.contains("query A") && alone.contains("fragment X") && alone.contains("fragment Z"), alone);
        assertFalse(alone.contains("query B") || alone.contains("fragment Y"), alone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            whitespace           | { ticker { label today } }  | ~{ticker{label today}}~
            commas               | { ticker { label, today, } } | ~{ticker{label today}}~
            a comment            | ~# the ticker\\n{ ticker { label today } }~ | ~{ticker{label today}}~
            line breaks          | ~query T {\\n  ticker {\\n    label\\n  }\\n}~ | ~query T{ticker{label}}~
            """)
    void insignificantCharactersAreNotPartOfTheNormalForm(String what, String query, String normal) throws HttpProblem {
        assertEquals(normal, DocumentOperations.choose(query.replace("\\n", "\n"), null).normalized());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            an alias             | { ticker { label } }                  | { t: ticker { label } }
            an argument          | { commodity(slug: "a") { slug } }     | { commodity(slug: "b") { slug } }
            a string's content   | { commodity(slug: "a b") { slug } }   | { commodity(slug: "a  b") { slug } }
            a directive          | { ticker { label } }                  | { ticker @include(if: false) { label } }
            a variable's default | query($s: String = "a") { commodity(slug: $s) { slug } } | query($s: String = "b") { commodity(slug: $s) { slug } }
            """)
    void everythingSignificantIs(String what, String one, String other) throws HttpProblem {
        assertFalse(DocumentOperations.choose(one, null).normalized().equals(DocumentOperations.choose(other, null).normalized()));
    }
}
