package dev.assay.ingest.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The SQL of the ingest lock: a PostgreSQL session-level advisory lock, taken and released on one connection. */
final class IngestLockRepository {

    static final long KEY = 0x496e67657374L;

    private IngestLockRepository() {
    }

    /** Takes the lock on this connection if no other session holds it; whether it did. */
    static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Releases the lock this connection holds. */
    static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
