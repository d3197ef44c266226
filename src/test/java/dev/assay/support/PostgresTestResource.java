package dev.assay.support;

import java.util.Map;

import dev.assay.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the tests at a real PostgreSQL: the embedded server the service itself uses by default, in its ephemeral
 * mode (nothing of a test run is kept), or the external database named by QUARKUS_DATASOURCE_JDBC_URL.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return EmbeddedDatabase.externalDatabaseConfigured() ? Map.of()
                : EmbeddedDatabase.start(EmbeddedDatabase.Mode.EPHEMERAL);
    }

    @Override
    public void stop() {
        // One server serves every test class of the run; it stops with the JVM.
    }
}
