package dev.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/** A start-up that fails says why in one line; a failed migration says so plainly. */
class StartupFailureTest {

    @Test
    void aFailedMigrationIsSaidPlainly() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus", new IllegalStateException("boot",
                new FlywayException("Validate failed: Migrations have failed validation\n"
                        + "Migration checksum mismatch for migration version 3\n-> Applied to database : 42\n")));

        assertTrue(StartupFailure.isMigration(failure));
        assertEquals("the database schema could not be migrated: Validate failed: Migrations have failed validation; "
                + "Migration checksum mismatch for migration version 3; -> Applied to database : 42. Nothing was "
                + "started; fix the migration or the database and start again", StartupFailure.describe(failure));
    }

    @Test
    void anyOtherFailureGivesItsRootCause() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus",
                new java.net.BindException("Address already in use"));

        assertFalse(StartupFailure.isMigration(failure));
        assertEquals("Address already in use", StartupFailure.describe(failure));
    }
}
