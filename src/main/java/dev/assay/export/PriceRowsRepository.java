package dev.assay.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import dev.assay.price.store.PriceRepository;

/** The export's SQL: the prints of the given series, through a forward-only server-side cursor. */
final class PriceRowsRepository {

    private static final String PRINTS = """
            SELECT p.commodity_id, p.assessed_on, p.value
              FROM price_point p JOIN commodity c ON c.id = p.commodity_id
             WHERE p.commodity_id = ANY (?) AND NOT p.retracted AND p.assessed_on BETWEEN ? AND ?
             ORDER BY c.display_order, c.id, p.assessed_on
            """;

    private PriceRowsRepository() {
    }

    /**
     * Opens one read-only transaction for the whole export: the prints are read from one snapshot, and
     * PostgreSQL only keeps a cursor open across fetches inside a transaction.
     */
    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /**
     * Prepares the query of the prints: forward-only, read-only, fetched {@code fetchSize} rows at a time.
     * The caller executes it, so a failure before the first row can still be answered with an error status.
     */
    static PreparedStatement prints(Connection connection, List<Long> commodityIds, LocalDate from, LocalDate to,
            int fetchSize) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(PRINTS, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(fetchSize);
        statement.setArray(1, connection.createArrayOf("bigint", commodityIds.toArray()));
        statement.setObject(2, from == null ? PriceRepository.BEGINNING : from);
        statement.setObject(3, to == null ? PriceRepository.UNBOUNDED : to);
        return statement;
    }
}
