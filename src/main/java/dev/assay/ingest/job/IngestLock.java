package dev.assay.ingest.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.quarkus.logging.Log;

/**
 * A PostgreSQL session-level advisory lock held for one ingest tick, so that when several replicas share
 * a database exactly one of them ingests at a time. The lock dies with its connection, so a crashed
 * replica never blocks the others.
 */
final class IngestLock implements AutoCloseable {

    static final long KEY = 0x496e67657374L;

    private final Connection connection;
    private final boolean held;

    private IngestLock(Connection connection, boolean held) {
        this.connection = connection;
        this.held = held;
    }

    static IngestLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new IngestLock(connection, result.getBoolean(1));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    boolean held() {
        return held;
    }

    @Override
    public void close() {
        try (connection) {
            if (held) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    statement.setLong(1, KEY);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            Log.warnf("Could not release the ingest lock cleanly: %s", e.getMessage());
        }
    }
}
