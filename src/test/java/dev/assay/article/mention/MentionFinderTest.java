package dev.assay.article.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.article.mention.MentionFinder.CompanyNames;

/** Mentions of companies in text: whole names and aliases, the longest first, and what is not a mention. */
class MentionFinderTest {

    private static final long CATL = 1;
    private static final long LG_CHEM = 2;
    private static final long LGES = 3;
    private static final long FORD = 4;
    private static final long ICE = 5;
    private static final long BENCHMARK = 6;
    private static final long SINOPEC = 7;
    private static final long GROUP14 = 8;
    private static final long AT_AND_T = 9;
    private static final long CREDITED = 10;

    private static final MentionFinder FINDER = MentionFinder.of(List.of(
            new CompanyNames(CATL, "CATL", List.of("Contemporary Amperex Technology")),
            new CompanyNames(LG_CHEM, "LG Chem", List.of()),
            new CompanyNames(LGES, "LG Energy Solution", List.of("LGES", "LG Energy Solutions")),
            new CompanyNames(FORD, "Ford", List.of("Ford Motor Company")),
            new CompanyNames(ICE, "Intercontinental Exchange", List.of()),
            new CompanyNames(BENCHMARK, "Benchmark Mineral Intelligence", List.of("Benchmark")),
            new CompanyNames(SINOPEC, "Sinopec", List.of("China Petroleum & Chemical Corporation")),
            new CompanyNames(GROUP14, "Group14 Technologies", List.of("Group14")),
            new CompanyNames(AT_AND_T, "AT&T", List.of()),
            new CompanyNames(CREDITED, "Jens Reiterer Photography", List.of("Jens Reiterer"))));

    /** Text, then the mention counts it must give, by company. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CATL expands.", Map.of(CATL, 1)),
                Arguments.of("CATL’s plant and CATL's cells.", Map.of(CATL, 2)),
                Arguments.of("Contemporary Amperex Technology (CATL) and BYD invested.", Map.of(CATL, 1)),
                Arguments.of("Contemporary Amperex Technology’s (CATL) plant. Later CATL grew.", Map.of(CATL, 2)),
                // whole words only
                Arguments.of("Sodium-ion's affordability makes it ideal.", Map.of()),
                Arguments.of("Consumers cannot afford it; Fordham is a university.", Map.of()),
                Arguments.of("CATLs and XCATL are not names.", Map.of()),
                Arguments.of("A partnership with Ford in Michigan.", Map.of(FORD, 1)),
                Arguments.of("Ford Motor Company and Ford.", Map.of(FORD, 2)),
                // case as written
                Arguments.of("catl and ford in lower case", Map.of()),
                Arguments.of("Benchmark’s database sets the benchmark price.", Map.of(BENCHMARK, 1)),
                // one company is not the other, and the longest name wins
                Arguments.of("LG Chem and Sinopec formed a joint venture.", Map.of(LG_CHEM, 1, SINOPEC, 1)),
                Arguments.of("South Korea’s LG Energy Solution (LGES) and LGES again.", Map.of(LGES, 2)),
                Arguments.of("Bob Lee, CEO, North America, LG Energy Solutions.", Map.of(LGES, 1)),
                Arguments.of("LG Chemicals is not LG Chem.", Map.of(LG_CHEM, 1)),
                Arguments.of("LG Energy is neither.", Map.of()),
                Arguments.of("Benchmark Mineral Intelligence, or Benchmark.", Map.of(BENCHMARK, 2)),
                // spacing and separators
                Arguments.of("LG\u00A0Chem and LG\n Chem.", Map.of(LG_CHEM, 2)),
                Arguments.of("LG-Chem, hyphenated.", Map.of(LG_CHEM, 1)),
                Arguments.of("China Petroleum & Chemical Corporation and China Petroleum and Chemical Corporation.", Map.of(SINOPEC, 1)),
                Arguments.of("AT&T and AT & T, but not AT-T or AT T.", Map.of(AT_AND_T, 2)),
                Arguments.of("Group14 announced; Group 14 did not.", Map.of(GROUP14, 1)),
                // addresses are not mentions
                Arguments.of("See https://www.catl.com/en/news/CATL-Ford for details.", Map.of()),
                Arguments.of("Read https://source.benchmarkminerals.com/article/ford-to-build-catl-plant today.", Map.of()),
                Arguments.of("Visit www.CATL.com or ir@catl.com.", Map.of()),
                Arguments.of("CATL (see catl.com/Ford) grew.", Map.of(CATL, 1)),
                // nor are picture credits, whose caption still counts
                Arguments.of("Bob Lee, LG Energy Solutions. Photo credit: Jens Reiterer", Map.of(LGES, 1)),
                Arguments.of("A factory. Image courtesy of CATL", Map.of()),
                Arguments.of("A factory (Photo: Ford) under construction by Ford.", Map.of(FORD, 1)),
                Arguments.of("Credit: Jens Reiterer\nJens Reiterer took the photo.", Map.of(CREDITED, 1)),
                // an abbreviation an article defines is that company's for the rest of the article
                Arguments.of("Intercontinental Exchange’s (ICE) futures. ICE listed them.", Map.of(ICE, 2)),
                Arguments.of("Diesel ICE vehicles are not an exchange.", Map.of()),
                Arguments.of("Ford (LGES) is not LG Energy Solution's abbreviation.", Map.of(FORD, 1, LGES, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsTheMentionsOfEachCompany(String text, Map<Long, Integer> expected) {
        Map<Long, Integer> counts = new TreeMap<>();
        FINDER.find(ArticleText.of(null, null, text)).forEach((company, mentions) -> counts.put(company, mentions.count()));
        assertEquals(new TreeMap<>(expected), counts);
    }

    @Test
    void theFirstSentenceOfTheFirstMentionIsKeptWithItsPart() {
        ArticleText text = ArticleText.of("CATL looks to overseas markets", "Robin Zeng wrote a letter.",
                "The U.S. market is hostile. Ford builds a plant with CATL in Michigan. Ford said more.");
        Map<Long, Mentions> found = FINDER.find(text);
        assertEquals(new Mentions(2, TextPart.TITLE, "CATL looks to overseas markets"), found.get(CATL));
        assertEquals(new Mentions(2, TextPart.BODY, "Ford builds a plant with CATL in Michigan."), found.get(FORD));
        assertEquals(List.of(CATL, FORD), List.copyOf(found.keySet()), "in the order of their first mention");
    }

    @Test
    void anExcerptRepeatedByTheBodyIsCountedOnce() {
        ArticleText text = ArticleText.of("A title", "CATL’s founder issued a letter. This comes as […]",
                "CATL’s founder issued a letter. This comes as China faces overcapacity.");
        assertEquals(1, FINDER.find(text).get(CATL).count());
        assertEquals(TextPart.BODY, FINDER.find(text).get(CATL).part());

        ArticleText summary = ArticleText.of("A title", "CATL wants more plants.", "The founder issued a letter.");
        assertEquals(new Mentions(1, TextPart.EXCERPT, "CATL wants more plants."), FINDER.find(summary).get(CATL));
    }

    @Test
    void aLearntAbbreviationStaysWithItsArticle() {
        FINDER.find(ArticleText.of(null, null, "Intercontinental Exchange (ICE) lists futures."));
        assertTrue(FINDER.find(ArticleText.of(null, null, "ICE vehicles burn fuel.")).isEmpty());
    }

    @Test
    void noCompaniesFindNothing() {
        assertFalse(FINDER.find(ArticleText.of("", "", "")).containsKey(CATL));
        assertTrue(MentionFinder.of(List.of()).find(ArticleText.of("CATL", null, "CATL")).isEmpty());
    }
}
