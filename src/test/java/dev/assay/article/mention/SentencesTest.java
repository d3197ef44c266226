package dev.assay.article.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence boundaries: stops before capitals, line breaks, and the abbreviations and initials that are not ends. */
class SentencesTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("One. Two.", List.of("One.", "Two.")),
                Arguments.of("Is it? Yes! Fine.", List.of("Is it?", "Yes!", "Fine.")),
                Arguments.of("The U.S. market grew. Prices fell.", List.of("The U.S. market grew.", "Prices fell.")),
                Arguments.of("Mr. Zeng and Acme Inc. agreed. Then.", List.of("Mr. Zeng and Acme Inc. agreed.", "Then.")),
                Arguments.of("It grew 2.5 percent. 2024 was good.", List.of("It grew 2.5 percent.", "2024 was good.")),
                Arguments.of("He said “scale is everything.” Then he left.",
                        List.of("He said “scale is everything.”", "Then he left.")),
                Arguments.of("costs fell. prices too.", List.of("costs fell. prices too.")),
                Arguments.of("A heading\nA paragraph. Another.", List.of("A heading", "A paragraph.", "Another.")),
                Arguments.of("Dec.24 2025", List.of("Dec.24 2025")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void splitsIntoSentences(String text, List<String> sentences) {
        assertEquals(sentences, Sentences.of(text).all());
    }

    @Test
    void theSentenceAroundAMention() {
        String text = "First one. The second mentions CATL here. Third.";
        int at = text.indexOf("CATL");
        assertEquals("The second mentions CATL here.", Sentences.of(text).around(at, at + 4));
    }

    @Test
    void aVeryLongSentenceIsCutAroundTheMention() {
        String text = "word ".repeat(200) + "CATL " + "word ".repeat(200) + "end.";
        int at = text.indexOf("CATL");
        String snippet = Sentences.of(text).around(at, at + 4);
        assertTrue(snippet.contains("CATL") && snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.length() <= Sentences.MAX_SNIPPET + 2, snippet.length() + " characters");
    }
}
