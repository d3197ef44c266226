package dev.assay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.seed.CommodityTopics;
import dev.assay.ingest.seed.CompanyRegistry;
import dev.assay.ingest.seed.SeedResources;

import io.quarkus.test.junit.QuarkusTest;

/** The registry import: once per content, all or nothing, and every quote checked against its article. */
@QuarkusTest
class RegistryImportTest {

    @Inject
    RegistryImport registry;

    @Inject
    EntityManager em;

    @Test
    void theShippedFilesWereImportedOnceAtStart() {
        assertEquals(2, count("SELECT count(*) FROM import_ledger WHERE kind IN ('COMPANY_REGISTRY', 'COMMODITY_TOPICS')"));
        assertFalse(registry.importShipped(), "a second import of the same files changes nothing");
        assertEquals(15, count("SELECT count(*) FROM commodity_topic"));
        assertTrue(count("SELECT count(*) FROM article_company WHERE NOT by_hand") > 20);
    }

    @Test
    void aQuoteTheArticleDoesNotHoldRefusesTheWholeImport() {
        long relations = count("SELECT count(*) FROM company_relation");
        long ledger = count("SELECT count(*) FROM import_ledger");
        String registryText = SeedResources.read(CompanyRegistry.FILE).replace(
                "LG Chem and Sinopec have formed a joint venture", "LG Chem and Sinopec have merged");
        MalformedPayloadException refused = assertThrows(MalformedPayloadException.class,
                () -> registry.importFiles(registryText, SeedResources.read(CommodityTopics.FILE)));
        assertTrue(refused.getMessage().contains("does not say it"), refused.getMessage());
        assertEquals(relations, count("SELECT count(*) FROM company_relation"));
        assertEquals(ledger, count("SELECT count(*) FROM import_ledger"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
