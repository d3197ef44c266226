package dev.assay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.assay.article.ArticleDocument;
import dev.assay.commodity.Commodity;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.seed.SeedDocuments;
import dev.assay.publisher.PublisherRef;
import dev.assay.support.SeedFacts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedImportTest {

    private static final PublisherRef PUBLISHER = new PublisherRef("benchmark-source", "Benchmark Source",
            "https://source.benchmarkminerals.com");

    @Inject
    SeedImporter seedImporter;

    @Inject
    DocumentImporter documentImporter;

    @Inject
    EntityManager em;

    @Test
    void startupImportedEveryIndexPrintFigureAndArticle() {
        assertEquals(SeedFacts.COMMODITIES, count("select count(*) from commodity where slug in ("
                + String.join(",", SeedFacts.TICKER_SLUGS.stream().map(s -> "'" + s + "'").toList()) + ")"));
        assertEquals(SeedFacts.PRINTS, count("select count(*) from price_point p join commodity c on c.id = p.commodity_id "
                + "where c.display_order <= 15"));
        assertEquals(SeedFacts.PRINTS, count("select count(*) from price_revision r join price_point p on p.id = r.price_point_id "
                + "join commodity c on c.id = p.commodity_id where c.display_order <= 15 and r.kind = 'INITIAL'"));
        assertEquals(15, count("select count(*) from reported_figures"));
        List<String> seedSlugs = SeedDocuments.readAll().articles().stream().map(ArticleDocument::slug).toList();
        assertEquals(SeedFacts.ARTICLES, seedSlugs.size());
        assertEquals(SeedFacts.ARTICLES, ((Number) em.createNativeQuery("select count(*) from article where slug in (:slugs)")
                .setParameter("slugs", seedSlugs).getSingleResult()).longValue());
        assertEquals(5, count("select count(*) from import_ledger where source_name ~ '^00[0-4]_[0-9a-f]+\\.txt$'"));
    }

    @Test
    void storesPrintsExactlyAsPrinted() {
        Commodity lithium = Commodity.findBySlug("lithium").orElseThrow();
        assertEquals("Lithium", lithium.name);
        assertEquals(new BigDecimal("411.01"), value("lithium", LocalDate.parse("2026-05-27")));
        assertEquals(new BigDecimal("324"), value("lithium", LocalDate.parse("2026-02-18")));
        assertEquals(new BigDecimal("2.3"), scalar("select r.percentage_change from reported_figures r join commodity c "
                + "on c.id = r.commodity_id where c.slug = 'lithium-hydroxide'"));
        assertEquals(new BigDecimal("3.99"), scalar("select r.year_to_date from reported_figures r join commodity c "
                + "on c.id = r.commodity_id where c.slug = 'cobalt'"));
    }

    @Test
    void importingTheSeedsAgainChangesNothing() {
        long prints = count("select count(*) from price_revision");
        long articles = count("select count(*) from article_author");
        assertEquals(ImportSummary.NOTHING, seedImporter.importAll());
        // The same content under another checksum reaches the row-level upserts: still nothing new.
        String text = SeedImporter.readSeed("000_19c73154af895443.txt") + "\n";
        ImportSummary again = documentImporter.importNuxtPage("000 resent", text, PUBLISHER);
        assertEquals(0, again.printsCreated());
        assertEquals(0, again.printsCorrected());
        assertEquals(SeedFacts.PRINTS, again.printsUnchanged());
        assertEquals(0, again.articlesCreated());
        assertEquals(prints, count("select count(*) from price_revision"));
        assertEquals(articles, count("select count(*) from article_author"));
    }

    @Test
    void aMalformedPayloadImportsNothing() {
        long before = count("select count(*) from import_ledger");
        assertThrows(MalformedPayloadException.class,
                () -> documentImporter.importNuxtPage("broken", "[{\"data\":1},{\"ticker-data\":99}]", PUBLISHER));
        assertEquals(before, count("select count(*) from import_ledger"));
    }

    @Test
    void aDocumentThatFailsHalfwayLeavesTheDatabaseUnchanged() {
        long commodities = count("select count(*) from commodity");
        long prints = count("select count(*) from price_point");
        // The first row is valid and is written before the second row's negative print hits the CHECK constraint.
        String payload = """
                [{"data":1},{"ticker-data":2},[3,20],
                 {"publishedDate":4,"updateFrequency":5,"updateFrequencyText":6,"label":7,"today":8,"last":9,
                  "percentageChange":10,"yearToDate":10,"yearOnYear":10,"oneYearIndexTrend":11,"url":14,
                  "subscription":15,"isProtected":16,"hasAccess":17},
                 "2026-05-27","1wk","Updated every week","Halfway Test Index",101.5,100,1.5,[12,13],
                 {"date":4,"value":8},{"date":18,"value":9},"/halfway/prices",null,false,true,"2026-05-20",
                 null,
                 {"publishedDate":4,"updateFrequency":5,"updateFrequencyText":6,"label":21,"today":22,"last":9,
                  "percentageChange":10,"yearToDate":10,"yearOnYear":10,"oneYearIndexTrend":23,"url":14,
                  "subscription":15,"isProtected":16,"hasAccess":17},
                 "Halfway Broken Index",-3,[24],{"date":4,"value":22}]
                """;
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> documentImporter.importNuxtPage("halfway", payload, PUBLISHER));
        assertFalse(failure instanceof MalformedPayloadException, "the database, not the parser, must refuse it");
        assertEquals(commodities, count("select count(*) from commodity"));
        assertEquals(prints, count("select count(*) from price_point"));
        assertFalse(Commodity.findBySlug("halfway-test-index").isPresent());
        assertTrue(Commodity.findBySlug("lithium").isPresent());
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private BigDecimal scalar(String sql) {
        return (BigDecimal) em.createNativeQuery(sql).getSingleResult();
    }

    private BigDecimal value(String slug, LocalDate date) {
        return (BigDecimal) em.createNativeQuery("select p.value from price_point p join commodity c on c.id = p.commodity_id "
                + "where c.slug = ?1 and p.assessed_on = ?2").setParameter(1, slug).setParameter(2, date).getSingleResult();
    }
}
