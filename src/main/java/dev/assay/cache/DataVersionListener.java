package dev.assay.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;

/**
 * Follows the data version on a JDBC connection of its own, outside the pool, on a thread of its own: it listens
 * on the channel the database notifies at every commit that moves the version, then reads the version itself
 * from the table (a notification only wakes it: anyone connected may send one, so its payload is not trusted).
 * On each (re)connection it listens first and reads the version second, so that no commit falls between the two.
 * Between notifications it checks the connection every {@code checkInterval}; a lost connection makes the
 * version unknown at once, and it tries again every half second.
 */
final class DataVersionListener {

    static final String CHANNEL = "assay_data_version";
    static final String APPLICATION_NAME = "assay-data-version";

    private static final long RETRY_MILLIS = 500;

    private final DataVersion version;
    private final String url;
    private final Properties properties = new Properties();
    private final long checkNanos;
    private final Thread thread;
    private volatile boolean running;
    private volatile Connection connection;

    DataVersionListener(DataVersion version, String url, String username, String password, Duration checkInterval) {
        this.version = version;
        this.url = url;
        this.checkNanos = checkInterval.toNanos();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "2");
        // Bounds the version checks; waiting for notifications sets a timeout of its own
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        this.thread = new Thread(this::run, "data-version-listener");
        thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    void stop() {
        running = false;
        closeQuietly(connection);
    }

    private void run() {
        boolean down = false;
        while (running) {
            try {
                connection = DriverManager.getConnection(url, properties);
                follow(connection, down);
            } catch (SQLException e) {
                version.lost();
                if (running && !down) {
                    Log.warnf("The data version listener lost its database connection (%s); queries bypass the answer"
                            + " cache until it is back", e.getMessage());
                }
                down = true;
            } finally {
                closeQuietly(connection);
                connection = null;
            }
            sleep();
        }
        version.lost();
    }

    private void follow(Connection connection, boolean wasDown) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT version FROM data_version")) {
            version.connected(read(read));
            if (wasDown) {
                Log.info("The data version listener is connected again; queries use the answer cache");
            }
            PGConnection notifications = connection.unwrap(PGConnection.class);
            long nextCheck = System.nanoTime() + checkNanos;
            while (running) {
                int wait = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nextCheck - System.nanoTime()) / 1_000_000));
                PGNotification[] received = notifications.getNotifications(wait);
                boolean notified = received != null && received.length > 0;
                if (notified) {
                    version.changing();
                }
                if (notified || System.nanoTime() - nextCheck >= 0) {
                    version.read(read(read));
                    nextCheck = System.nanoTime() + checkNanos;
                }
            }
        }
    }

    private static long read(PreparedStatement read) throws SQLException {
        try (ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("data_version holds no row");
            }
            return row.getLong(1);
        }
    }

    private void sleep() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // A connection to a server that went away: nothing to close cleanly
        }
    }
}
