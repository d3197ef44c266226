package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/** Expanded sizes are counted without expanding anything. */
class FragmentExpansionTest {

    @Test
    void countsEveryFieldOfAPlainOperation() {
        assertEquals(5, count("{ sectors { slug name } commodities { slug } }"));
    }

    @Test
    void countsAFragmentOnceForEverySpread() {
        assertEquals(1 + 3 * 2, count("{ sectors { ...S ...S ...S } } fragment S on Sector { slug name }"));
    }

    @Test
    void countsInlineFragmentsByTheirFields() {
        assertEquals(2, count("{ ... on Query { sectors { slug } } }"));
    }

    @Test
    void aFragmentBombIsCountedAtOnceAndSaturates() {
        StringBuilder bomb = new StringBuilder("{ sectors { ...F0 } }");
        for (int i = 0; i < 80; i++) {
            bomb.append(" fragment F").append(i).append(" on Sector { a: slug ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }");
        }
        bomb.append(" fragment F80 on Sector { slug }");
        assertEquals(Long.MAX_VALUE, count(bomb.toString()), "2^80 fields, more than a long holds");
    }

    @Test
    void aCycleEndsTheCount() {
        assertTrue(count("{ sectors { ...A } } fragment A on Sector { slug ...B } fragment B on Sector { name ...A }") >= 3);
    }

    private static long count(String query) {
        Document document = Parser.parse(query);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        return FragmentExpansion.fieldCount(document.getDefinitionsOfType(OperationDefinition.class).get(0), fragments);
    }
}
