package dev.assay.price.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The bulk write skips the per-row foreign-key checks of rows it has just checked itself, which also skips any
 * other trigger: so no trigger of ours may fire on inserting or updating prints and revisions. A trigger added
 * there fails this test, and the bulk write must then be looked at again. The one exception is the data version's
 * statement trigger, which fires always (whatever the replication role) and once per statement, not per row.
 */
@QuarkusTest
class BulkWriteTriggersTest {

    @Inject
    EntityManager em;

    @Test
    void noTriggerOfOursFiresOnWritingPrintsOrInsertingRevisions() {
        // tgtype bits: 4 INSERT, 16 UPDATE; internal triggers are the foreign keys' own
        @SuppressWarnings("unchecked")
        List<String> triggers = em.createNativeQuery("""
                SELECT c.relname || '.' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 WHERE NOT t.tgisinternal AND NOT (t.tgname = 'data_version_queue' AND t.tgenabled = 'A')
                   AND ((c.relname = 'price_point' AND t.tgtype & (4 | 16) <> 0)
                        OR (c.relname = 'price_revision' AND t.tgtype & 4 <> 0))
                 ORDER BY 1""").getResultList();

        assertEquals(List.of(), triggers);
    }
}
