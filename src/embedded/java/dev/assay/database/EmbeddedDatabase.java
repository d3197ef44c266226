package dev.assay.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from the binaries the build fetched from Maven Central, once per JVM. It is the
 * default database of a plain run, which keeps its data in a persistent folder with durable settings; the tests
 * run it ephemeral (a temporary folder, no fsync). An external database replaces it.
 */
public final class EmbeddedDatabase {

    /** Environment switch: set to {@code false} to never start the embedded server. */
    public static final String ENABLED_ENV = "ASSAY_EMBEDDED_POSTGRES";
    /** Environment variable naming the folder that keeps the embedded server's data (a default one otherwise). */
    public static final String DATA_DIR_ENV = "ASSAY_EMBEDDED_POSTGRES_DATA_DIR";
    /** Environment switch: {@code true} keeps the data in a temporary folder, deleted at stop, without fsync. */
    public static final String EPHEMERAL_ENV = "ASSAY_EMBEDDED_POSTGRES_EPHEMERAL";
    /** Environment variable fixing the embedded server's port (a free one is picked otherwise). */
    public static final String PORT_ENV = "ASSAY_EMBEDDED_POSTGRES_PORT";

    /** Where the data of a run is kept. */
    public enum Mode {
        /** A folder that outlives the run, written durably (fsync on): the quick start's default. */
        PERSISTENT,
        /** A temporary folder removed at stop, written without fsync: tests and throwaway runs. */
        EPHEMERAL
    }

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";
    /** Quarkus's own shutdown timeout (30 s) and the subscriptions' shutdown delay, with room to spare. */
    private static final Duration SERVICE_SHUTDOWN_WAIT = Duration.ofSeconds(45);

    private static EmbeddedPostgres server;
    private static Path dataDirectory;
    private static PostgresWatchdog watchdog;

    private EmbeddedDatabase() {
    }

    /** Whether the caller configured a database of its own, through the environment or a system property. */
    public static boolean externalDatabaseConfigured() {
        return present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || present(System.getProperty("quarkus.datasource.jdbc.url"))
                || "false".equalsIgnoreCase(System.getenv(ENABLED_ENV));
    }

    /** The mode the environment asks for: persistent unless {@value #EPHEMERAL_ENV} is {@code true}. */
    public static Mode configuredMode() {
        return "true".equalsIgnoreCase(System.getenv(EPHEMERAL_ENV)) ? Mode.EPHEMERAL : Mode.PERSISTENT;
    }

    /**
     * The folder a persistent server keeps its data in: {@value #DATA_DIR_ENV} when set, otherwise
     * {@code assay/postgres} under {@code $XDG_DATA_HOME} (by default {@code ~/.local/share}).
     */
    public static Path persistentDataDirectory() {
        String configured = System.getenv(DATA_DIR_ENV);
        if (present(configured)) {
            return Path.of(configured).toAbsolutePath();
        }
        String dataHome = System.getenv("XDG_DATA_HOME");
        Path base = present(dataHome) ? Path.of(dataHome) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("assay").resolve("postgres").toAbsolutePath();
    }

    /** Starts the server in the configured mode; see {@link #start(Mode)}. */
    public static Map<String, String> start() {
        return start(configuredMode());
    }

    /**
     * Starts the server if it is not running yet and returns the datasource settings that point at it. A
     * persistent folder left behind by a run that was killed is taken over: its orphaned server is stopped first.
     */
    public static synchronized Map<String, String> start(Mode mode) {
        if (server == null) {
            server = launch(mode);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterTheService,
                    "embedded-postgres-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl(USER, DATABASE),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "postgres");
    }

    /** The folder of the running server's data, or null for an ephemeral one. */
    public static synchronized Path dataDirectory() {
        return dataDirectory;
    }

    private static EmbeddedPostgres launch(Mode mode) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    // Bulk imports write millions of rows in one go: room for them in the buffers and the log
                    // (PostgreSQL's defaults, 128MB and 4MB, have the importing backend write both out itself),
                    // and fewer checkpoints while they run
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("wal_buffers", "16MB")
                    .setServerConfig("max_wal_size", "4GB");
            String port = System.getenv(PORT_ENV);
            if (present(port)) {
                builder.setPort(Integer.parseInt(port.trim()));
            }
            if (mode == Mode.EPHEMERAL) {
                // Nothing here outlives the run, so nothing is worth an fsync
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
                return builder.start();
            }
            // The launcher starts the server without fsync (-F) and commits asynchronously: undo both, so that
            // a committed print survives a crash of the machine too
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            Path dir = persistentDataDirectory();
            Files.createDirectories(dir);
            OrphanedServer.stopIfRunning(dir);
            EmbeddedPostgres started = builder.setDataDirectory(dir).setCleanDataDirectory(false).start();
            dataDirectory = dir;
            watchdog = PostgresWatchdog.guard(dir);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * The JVM runs its shutdown hooks at once, Quarkus's among them: the server stops only once the service has
     * drained its requests, ingest and subscriptions, so none of them sees the database vanish first.
     */
    private static void stopAfterTheService() {
        Application service = Application.currentApplication();
        if (service != null && service.isStarted()) {
            Thread waiter = new Thread(service::awaitShutdown, "embedded-postgres-await-service");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(SERVICE_SHUTDOWN_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
    }

    private static synchronized void stop() {
        if (watchdog != null) {
            watchdog.dismiss();
            watchdog = null;
        }
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the watchdog is gone, so the next start takes the folder over.
            }
            server = null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
