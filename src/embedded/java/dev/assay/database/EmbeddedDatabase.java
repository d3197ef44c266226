package dev.assay.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from the binaries the build fetched from Maven Central, once per JVM.
 * It is the default database of a plain run and of the tests; an external database replaces it.
 */
public final class EmbeddedDatabase {

    /** Environment switch: set to {@code false} to never start the embedded server. */
    public static final String ENABLED_ENV = "ASSAY_EMBEDDED_POSTGRES";
    /** Environment variable naming a directory that keeps the embedded server's data between runs. */
    public static final String DATA_DIR_ENV = "ASSAY_EMBEDDED_POSTGRES_DATA_DIR";
    /** Environment variable fixing the embedded server's port (a free one is picked otherwise). */
    public static final String PORT_ENV = "ASSAY_EMBEDDED_POSTGRES_PORT";

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Whether the caller configured a database of its own, through the environment or a system property. */
    public static boolean externalDatabaseConfigured() {
        return present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || present(System.getProperty("quarkus.datasource.jdbc.url"))
                || "false".equalsIgnoreCase(System.getenv(ENABLED_ENV));
    }

    /**
     * Starts the server if it is not running yet and returns the datasource settings that point at it.
     */
    public static synchronized Map<String, String> start() {
        if (server == null) {
            server = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl(USER, DATABASE),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "postgres");
    }

    private static EmbeddedPostgres launch() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            String port = System.getenv(PORT_ENV);
            if (present(port)) {
                builder.setPort(Integer.parseInt(port.trim()));
            }
            String dataDir = System.getenv(DATA_DIR_ENV);
            if (present(dataDir)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the server's own process ends with it.
            }
            server = null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
