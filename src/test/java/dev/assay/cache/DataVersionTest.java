package dev.assay.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import dev.assay.ingest.DocumentImporter;
import dev.assay.publisher.PublisherRef;
import dev.assay.common.Slugs;
import dev.assay.ingest.feed.Inbox;
import dev.assay.ingest.job.IngestJob;
import dev.assay.ingest.nuxt.PublisherPageTest;
import dev.assay.support.Eventually;
import dev.assay.support.GraphQLClient;
import dev.assay.support.OperatorSql;
import dev.assay.support.SeedPages;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The data version moves with every committed write, whoever the writer (a mutation, a feed file, the seed import,
 * an operator's SQL, the bulk import's replica mode), once per transaction, and not for a write rolled back; and
 * every table of the schema is covered, so that a table added later without the trigger fails here.
 */
@QuarkusTest
class DataVersionTest {

    private static final PublisherRef PUBLISHER = PublisherPageTest.BENCHMARK;

    @Inject
    TestSeries series;

    @Inject
    IngestJob ingest;

    @Inject
    DocumentImporter documents;

    @Inject
    DataVersion version;

    @TempDir
    Path inbox;

    private String slug;

    @BeforeEach
    void createCommodity() {
        slug = "version-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "version-test", "WEEKLY", null, "2026-04-01", "100.00");
    }

    @AfterEach
    void removeIt() {
        series.deleteSector("version-test");
    }

    @Test
    void everyTableOfTheSchemaMovesTheVersionWhateverTheSessionsReplicationRole() {
        // tgenabled 'A': fires always; tgtype 1 = FOR EACH ROW (must be clear), 4|8|16|32 = INSERT, DELETE, UPDATE, TRUNCATE
        List<String> uncovered = OperatorSql.query("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                   AND c.relname NOT IN ('flyway_schema_history', 'data_version', 'data_version_pending')
                   AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'data_version_queue'
                                     AND t.tgenabled = 'A' AND t.tgtype & 1 = 0 AND t.tgtype & (4 | 8 | 16 | 32) = 60)
                 ORDER BY 1""");
        assertEquals(List.of(), uncovered);
        List<String> covered = OperatorSql.query("SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger"
                + " WHERE tgname = 'data_version_queue'");
        assertTrue(covered.containsAll(List.of("commodity", "price_point", "price_revision", "reported_figures", "article",
                "company", "audit_log")) && covered.size() >= 21, covered::toString);
    }

    @Test
    void anOperatorsPlainSqlUpdateMovesItAndTheServiceLearnsTheNewVersion() {
        long before = OperatorSql.dataVersion();
        OperatorSql.commit("UPDATE commodity SET name = 'Renamed by an operator' WHERE slug = '" + slug + "'");
        long after = OperatorSql.dataVersion();
        assertTrue(after > before, before + " then " + after);
        Eventually.until(() -> version.current() == after, "the service learns version " + after);
    }

    @Test
    void aRolledBackWriteDoesNotMoveIt() {
        long before = OperatorSql.dataVersion();
        OperatorSql.rollBack("UPDATE commodity SET name = 'Never committed' WHERE slug = '" + slug + "'",
                "DELETE FROM price_point WHERE commodity_id = (SELECT id FROM commodity WHERE slug = '" + slug + "')");
        OperatorSql.commit("SAVEPOINT s", "UPDATE commodity SET name = 'Undone' WHERE slug = '" + slug + "'",
                "ROLLBACK TO SAVEPOINT s");
        assertEquals(before, OperatorSql.dataVersion());
        assertEquals(List.of("0"), OperatorSql.query("SELECT count(*) FROM data_version_pending"));
    }

    @Test
    void aWriteAfterASavepointRolledBackStillMovesIt() {
        long before = OperatorSql.dataVersion();
        OperatorSql.commit("SAVEPOINT s", "UPDATE commodity SET name = 'Undone' WHERE slug = '" + slug + "'",
                "ROLLBACK TO SAVEPOINT s", "UPDATE commodity SET name = 'Kept' WHERE slug = '" + slug + "'");
        assertTrue(OperatorSql.dataVersion() > before);
    }

    @Test
    void aWriteUnderTheReplicationRoleOfTheBulkImportMovesIt() {
        long before = OperatorSql.dataVersion();
        OperatorSql.commit("SET LOCAL session_replication_role = replica",
                "UPDATE commodity SET name = 'Replica role' WHERE slug = '" + slug + "'");
        assertTrue(OperatorSql.dataVersion() > before);
    }

    @Test
    void aWriterGrantedOnlyTheDataTablesMovesIt() {
        OperatorSql.commit("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'assay_test_data_writer') THEN
                    CREATE ROLE assay_test_data_writer NOLOGIN;
                  END IF;
                END $$""", "GRANT SELECT, UPDATE ON commodity TO assay_test_data_writer");
        long before = OperatorSql.dataVersion();
        OperatorSql.commit("SET LOCAL ROLE assay_test_data_writer",
                "UPDATE commodity SET name = 'By a writer of the data only' WHERE slug = '" + slug + "'");
        assertTrue(OperatorSql.dataVersion() > before);
    }

    @Test
    void aTransactionOfManyWritesIsAnnouncedOnceWithItsVersion() throws Exception {
        try (Connection listener = OperatorSql.connect()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN assay_data_version");
            }
            OperatorSql.commit("UPDATE commodity SET name = 'One' WHERE slug = '" + slug + "'",
                    "UPDATE commodity SET name = 'Two' WHERE slug = '" + slug + "'",
                    "INSERT INTO tag (slug, name) VALUES ('" + slug + "', 'Version test')",
                    "DELETE FROM tag WHERE slug = '" + slug + "'");
            long committed = OperatorSql.dataVersion();
            List<String> payloads = notifications(listener);
            assertEquals(List.of(Long.toString(committed)), payloads);
        }
    }

    @Test
    void aMutationMovesIt() {
        long before = OperatorSql.dataVersion();
        JsonPath recorded = GraphQLClient.postAs(Tokens.editor("version-editor"), "recordPrintValue",
                Map.of("commodity", slug, "date", "2026-04-08", "value", "101.00"));
        assertNull(recorded.get("errors"), recorded::prettify);
        assertTrue(OperatorSql.dataVersion() > before);
    }

    @Test
    void anIngestedFeedFileMovesIt() throws IOException {
        long before = OperatorSql.dataVersion();
        Files.writeString(inbox.resolve("prints.csv"), "commodity,date,value\n" + slug + ",2026-04-08,102.50\n");
        assertTrue(ingest.runOnce(new Inbox(inbox, Duration.ZERO), List.of()));
        assertTrue(Files.exists(inbox.resolve("processed").resolve("prints.csv")), "the file was imported");
        assertTrue(OperatorSql.dataVersion() > before);
    }

    @Test
    void theSeedImportMovesIt() {
        long before = OperatorSql.dataVersion();
        documents.importNuxtPage("version test " + slug, SeedPages.oneIndex("Version Seed Index " + slug), PUBLISHER);
        try {
            assertTrue(OperatorSql.dataVersion() > before);
        } finally {
            SeedPages.remove(Slugs.of("Version Seed Index " + slug));
        }
    }

    private static List<String> notifications(Connection listener) throws SQLException {
        PGConnection pg = listener.unwrap(PGConnection.class);
        List<String> payloads = new ArrayList<>();
        // Wait for the first, then a while longer for any other
        for (int round = 0; round < 50 && payloads.isEmpty(); round++) {
            collect(pg.getNotifications(200), payloads);
        }
        collect(pg.getNotifications(500), payloads);
        return payloads;
    }

    private static void collect(PGNotification[] received, List<String> payloads) {
        if (received != null) {
            for (PGNotification notification : received) {
                payloads.add(notification.getParameter());
            }
        }
    }
}
