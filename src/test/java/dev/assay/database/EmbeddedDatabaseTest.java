package dev.assay.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded server is the default, and steps aside as soon as a database is configured. */
class EmbeddedDatabaseTest {

    @AfterEach
    void clear() {
        System.clearProperty("quarkus.datasource.jdbc.url");
    }

    @Test
    void noConfiguredDatabaseMeansTheEmbeddedOne() {
        // CI and the quick start run with no database in the environment.
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null && System.getenv(EmbeddedDatabase.ENABLED_ENV) == null) {
            assertFalse(EmbeddedDatabase.externalDatabaseConfigured());
        }
    }

    @Test
    void aConfiguredUrlMeansAnExternalDatabase() {
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/assay");
        assertTrue(EmbeddedDatabase.externalDatabaseConfigured());
    }
}
