package dev.assay.ingest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.assay.article.ArticleDocument;
import dev.assay.article.RichText;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.publisher.PublisherRef;

class PlainTextArticleTest {

    private static ArticleDocument seed(int position) {
        SeedManifest.Entry entry = SeedManifest.load().documents().get(position);
        return PlainTextArticle.parse(SeedResources.read(entry.file()), entry);
    }

    private static void assertChromeFree(ArticleDocument article) {
        for (String chrome : List.of("AInvest Newsletter", "free to your inbox", "Comments", "No comments yet",
                "Dec.24 2025", "AI Writing Agent", "fill in the form", ">")) {
            assertFalse(article.bodyText().contains(chrome), chrome + " left in " + article.slug());
            assertFalse(article.bodyJson().contains(chrome), chrome + " left in the body JSON of " + article.slug());
        }
    }

    @Test
    void ainvestArticleKeepsItsSentencesWithoutNewsletterChrome() {
        ArticleDocument article = seed(1);

        assertEquals("AInvest", article.publisher().name());
        assertEquals(LocalDate.of(2025, 12, 24), article.publishedOn());
        assertEquals("public", article.visibility());
        assertNull(article.sourceUrl());
        assertChromeFree(article);
        assertTrue(article.bodyText().contains("LG Chem and Sinopec have formed a joint venture to accelerate the "
                + "development of sodium-ion battery materials, with a particular focus on cathode and anode components."));
        assertTrue(article.bodyText().endsWith("Those who act early may find themselves well-positioned to capitalize "
                + "on a paradigm shift in the EV and energy storage industries."), article.bodyText());
    }

    @Test
    void ainvestArticleRestoresParagraphBreaksLostInTheCopy() {
        String text = seed(1).bodyText();

        assertTrue(text.contains("by 2027, the report says.\n\nThe strategic rationale is clear:"), text);
        assertTrue(text.contains("Data from the indicates that the global market size was valued at $318.0 million"), text);
        assertTrue(text.contains("BCC Research projects the sodium-ion battery market is expected to grow at a 26.1% CAGR"));
    }

    @Test
    void smmReviewKeepsHeadingsAndFigures() {
        ArticleDocument article = seed(3);

        assertEquals("Shanghai Metals Market", article.publisher().name());
        assertEquals("Sodium-Ion Battery Industry Chain in January 2026", article.title());
        assertTrue(article.bodyText().startsWith("In January 2026, the sodium-ion battery industry entered a special "
                + "operational cycle ahead of the Chinese New Year"), article.bodyText());
        assertTrue(article.bodyText().contains("\n\nCathode Materials: NFPP Production Remains Stable Amid Stockpiling, "
                + "Layered Oxide Materials Continue to Underperform\n\nSodium-ion battery cathode material production "
                + "increased slightly by 2% MoM and surged 192% YoY in January"), article.bodyText());
        assertTrue(article.bodyText().contains("SMM estimates sodium-ion battery cell production in February will "
                + "decrease 40% MoM but increase 8% YoY."));
        assertChromeFree(article);
    }

    @Test
    void benchmarkWeekRecapDropsTitleLineAndFormPrompt() {
        ArticleDocument article = seed(4);

        assertEquals("Benchmark Source", article.publisher().name());
        assertTrue(article.bodyText().startsWith("Day two of Benchmark Week 2025 continued in Los Angeles, focusing on how "
                + "policy, technology, and localisation are shaping the evolution of energy transition supply chains."),
                article.bodyText());
        assertFalse(article.bodyText().contains("key takeaways from Day 2"), article.bodyText());
        assertTrue(article.bodyText().endsWith("can enable faster project development."), article.bodyText());
        assertTrue(article.bodyText().contains("Trelynd Bradley, Deputy Director of Innovation & Emerging Technologies"));
        assertChromeFree(article);
    }

    @Test
    void bodyJsonIsAParagraphDocumentMatchingTheText() {
        ArticleDocument article = seed(3);
        var body = Json.parse(article.bodyJson(), "body");

        assertEquals("doc", body.get("type").textValue());
        assertEquals(article.bodyText(), RichText.toPlainText(body));
        assertTrue(RichText.toHtml(body).startsWith("<p>In January 2026, the sodium-ion battery industry"));
        body.get("content").forEach(node -> assertEquals("paragraph", node.get("type").textValue()));
    }

    // --- the general rules, on small texts ---

    private static final SeedManifest.Entry ENTRY = new SeedManifest.Entry("x.txt", SeedManifest.Kind.PLAIN_TEXT,
            new PublisherRef("p", "P", null), "x", "A Title: Here", null, null, null, null, null, null);

    @Test
    void joinsWrappedLinesAndKeepsLineParagraphsApart() {
        assertEquals(List.of("The first line wraps onto the second line, and ends here.", "A new paragraph.",
                "Then a fragment according to the source, continued."),
                PlainTextArticle.paragraphs("The first line wraps onto\nthe second line\n, and ends here.\n"
                        + "A new paragraph.\n\nThen a fragment according to\nthe source\n, continued.", "Other"));
    }

    @Test
    void dropsChromeLinesAndStopsAtComments() {
        assertEquals(List.of("Body sentence one.", "Body sentence two."),
                PlainTextArticle.paragraphs("Example Newsletter\nDaily headlines, free to your inbox\n"
                        + "A title: here\nBody sentence one.\nMar 3, 2026\n24 December 2025\n2026-01-02\nShare\n>\n|\n"
                        + "Subscribe now!\nBody sentence two.\nAdvertisement\n"
                        + "Comments\nGreat article, thanks.\nRelated articles\n", "A Title: Here"));
    }

    @Test
    void restoresLostBreaksAndSpacesWithoutSplittingAbbreviations() {
        assertEquals(List.of("Growth in the U.S. and Mr. Smith agreed, says the report.",
                "The next paragraph starts here, after a comma glued to it.", "Day two of Benchmark Week 2025 continued."),
                PlainTextArticle.paragraphs("Growth in the U.S. and Mr. Smith agreed, says the report.The next paragraph "
                        + "starts here,after a comma glued to it.\nDay two ofBenchmark Week 2025continued.", "T"));
    }

    @Test
    void keepsNumbersWithCommasAndPlainProse() {
        assertEquals(List.of("It could expand to $12,036.4 million by 2035 at a 37.4% CAGR."),
                PlainTextArticle.paragraphs("It could expand to $12,036.4 million by 2035 at a 37.4% CAGR.", "T"));
    }

    @Test
    void usesManifestMetadataAndDefaults() {
        ArticleDocument article = PlainTextArticle.parse("Only paragraph.", ENTRY);

        assertEquals("x", article.slug());
        assertEquals("A Title: Here", article.title());
        assertEquals("public", article.visibility());
        assertEquals("Only paragraph.", article.excerpt());
        assertEquals("Only paragraph.", article.bodyText());
        assertTrue(article.editors().isEmpty());
        assertFalse(article.featured());
    }

    @Test
    void failsWhenOnlyChromeRemains() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> PlainTextArticle.parse("AInvest Newsletter\nDec.24 2025\nComments\nNo comments yet", ENTRY));
        assertEquals("x.txt holds no article text once page chrome is removed", e.getMessage());
    }
}
