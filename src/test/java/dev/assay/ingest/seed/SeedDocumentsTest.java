package dev.assay.ingest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.assay.article.ArticleDocument;
import dev.assay.ingest.json.MalformedPayloadException;

class SeedDocumentsTest {

    private static final String ONE_ROW_PAGE = "[{\"data\":1},{\"ticker-data\":2},[3],{\"label\":4,\"publishedDate\":5,"
            + "\"updateFrequency\":6,\"today\":7,\"oneYearIndexTrend\":8,\"isProtected\":9,\"hasAccess\":10},"
            + "\"Lithium\",\"2026-05-27\",\"2wk\",411.02,[],false,true]";

    @Test
    void readsTheTickerOnceAndAllFiveArticles() {
        SeedBundle bundle = SeedDocuments.readAll();

        assertEquals(15, bundle.ticker().size());
        assertEquals(new BigDecimal("411.01"), bundle.ticker().get(0).today());
        assertEquals(List.of(
                "china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review",
                "lg-chem-and-sinopec-form-sodium-ion-battery-joint-venture",
                "catl-looks-to-overseas-markets-amid-domestic-battery-oversupply",
                "sodium-ion-battery-industry-chain-in-january-2026",
                "scaling-is-everything-key-takeaways-from-day-2-of-benchmark-week"),
                bundle.articles().stream().map(ArticleDocument::slug).toList());
        assertEquals(List.of("private", "public", "private", "public", "public"),
                bundle.articles().stream().map(ArticleDocument::visibility).toList());
        bundle.articles().forEach(article -> assertTrue(article.bodyText().length() > 1000, article.slug()));
    }

    @Test
    void failsLoudlyWhenTwoPagesCarryDifferentTickers() {
        SeedManifest manifest = SeedManifest.parse("{\"documents\":["
                + "{\"file\":\"000_19c73154af895443.txt\",\"kind\":\"NUXT_PAGE\",\"publisher\":{\"slug\":\"b\",\"name\":\"B\"}},"
                + "{\"file\":\"different-ticker.txt\",\"kind\":\"NUXT_PAGE\",\"publisher\":{\"slug\":\"b\",\"name\":\"B\"}}]}");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SeedDocuments.readAll(manifest, file -> file.equals("different-ticker.txt") ? ONE_ROW_PAGE
                        : SeedResources.read(file)));
        assertEquals("the ticker in different-ticker.txt differs from the one in 000_19c73154af895443.txt: 15 rows against 1",
                e.getMessage());
    }

    @Test
    void failsLoudlyOnTheSameArticleTwice() {
        SeedManifest manifest = SeedManifest.parse("{\"documents\":["
                + "{\"file\":\"000_19c73154af895443.txt\",\"kind\":\"NUXT_PAGE\",\"publisher\":{\"slug\":\"b\",\"name\":\"B\"}},"
                + "{\"file\":\"004_8cb7ff8204a38445.txt\",\"kind\":\"PLAIN_TEXT\",\"slug\":"
                + "\"china-leads-production-but-the-west-is-catching-up-new-battery-technology-2024-in-review\","
                + "\"title\":\"T\",\"publisher\":{\"slug\":\"b\",\"name\":\"B\"}}]}");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SeedDocuments.readAll(manifest, SeedResources::read));
        assertTrue(e.getMessage().contains("appears in both 000_19c73154af895443.txt and 004_8cb7ff8204a38445.txt"),
                e.getMessage());
    }

    @Test
    void namesTheFileOfAMalformedPage() {
        SeedManifest manifest = SeedManifest.parse("{\"documents\":["
                + "{\"file\":\"001_42bba342068cf207.txt\",\"kind\":\"NUXT_PAGE\",\"publisher\":{\"slug\":\"b\",\"name\":\"B\"}}]}");

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> SeedDocuments.readAll(manifest, SeedResources::read));
        assertTrue(e.getMessage().startsWith("001_42bba342068cf207.txt: Nuxt payload is not valid JSON"), e.getMessage());
    }

    @Test
    void refusesFilesOutsideTheSeedFolderAndMissingOnes() {
        assertThrows(IllegalArgumentException.class, () -> SeedResources.read("../application.properties"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedResources.read("absent.txt"));
        assertEquals("seed document /seeds/absent.txt is not on the classpath", e.getMessage());
    }
}
