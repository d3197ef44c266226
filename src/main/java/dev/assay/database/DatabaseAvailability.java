package dev.assay.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Knows whether the database can be reached, from a probe connection of its own checked every
 * {@code assay.database.probe-interval} ({@link DatabaseConfig}): while it cannot, requests are answered at once with
 * UNAVAILABLE instead of waiting on the pool, and the ingest and live updates wait. When it is back, the pool's
 * connections to the server that went away are dropped, and everything carries on with no restart.
 */
@ApplicationScoped
public class DatabaseAvailability {

    @Inject
    DatabaseConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    AgroalDataSource pool;

    private volatile boolean up = true;
    private volatile boolean running;
    private Thread prober;
    private Connection probe;

    void start(@Observes StartupEvent event) {
        running = true;
        prober = new Thread(this::probe, "database-probe");
        prober.setDaemon(true);
        prober.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (prober != null) {
            prober.interrupt();
        }
    }

    /** Whether the database answered the last probe. */
    public boolean isUp() {
        return up;
    }

    private void probe() {
        while (running) {
            boolean reachable = reachable();
            if (reachable != up) {
                up = reachable;
                // Connections made before the change lead to a server that is gone: drop them now when idle,
                // when given back otherwise
                pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
                if (reachable) {
                    Log.info("The database is reachable again; requests, ingest and live updates resume");
                } else {
                    Log.warn("The database cannot be reached; requests are answered UNAVAILABLE until it is back");
                }
            }
            try {
                Thread.sleep(config.probeInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        close();
    }

    private boolean reachable() {
        try {
            if (probe == null || !probe.isValid(1)) {
                close();
                probe = connect();
            }
            return true;
        } catch (SQLException e) {
            close();
            return false;
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("ApplicationName", "assay-probe");
        return DriverManager.getConnection(url, properties);
    }

    private void close() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException e) {
                // A connection to a server that went away: nothing to close cleanly
            }
            probe = null;
        }
    }
}
