package dev.assay.ingest.job;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.quarkus.logging.Log;

/**
 * A PostgreSQL session-level advisory lock held for one ingest tick, so that when several replicas share
 * a database exactly one of them ingests at a time. The lock dies with its connection, so a crashed
 * replica never blocks the others. Its SQL is {@link IngestLockRepository}'s.
 */
final class IngestLock implements AutoCloseable {

    private final Connection connection;
    private final boolean held;

    private IngestLock(Connection connection, boolean held) {
        this.connection = connection;
        this.held = held;
    }

    static IngestLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new IngestLock(connection, IngestLockRepository.tryLock(connection));
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
                IngestLockRepository.unlock(connection);
            }
        } catch (SQLException e) {
            Log.warnf("Could not release the ingest lock cleanly: %s", e.getMessage());
        }
    }
}
