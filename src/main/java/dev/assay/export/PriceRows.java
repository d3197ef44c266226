package dev.assay.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.assay.price.PriceRepository;

/** The export's SQL on one connection: the catalogue, then the prints through a forward-only server-side cursor. */
final class PriceRows {

    private static final String CATALOGUE = """
            SELECT id, slug, subscription_tier FROM commodity ORDER BY display_order, id
            """;

    private static final String PRINTS = """
            SELECT p.commodity_id, p.assessed_on, p.value
              FROM price_point p JOIN commodity c ON c.id = p.commodity_id
             WHERE p.commodity_id = ANY (?) AND NOT p.retracted AND p.assessed_on BETWEEN ? AND ?
             ORDER BY c.display_order, c.id, p.assessed_on
            """;

    private PriceRows() {
    }

    /**
     * Opens one read-only transaction for the whole export: the catalogue and the prints are read from the
     * same snapshot, and PostgreSQL only keeps a cursor open across fetches inside a transaction.
     */
    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /** Every commodity in display order (the catalogue is small; it is the prints that are streamed). */
    static List<ExportedSeries> catalogue(Connection connection) throws SQLException {
        List<ExportedSeries> catalogue = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(CATALOGUE)) {
            while (rows.next()) {
                catalogue.add(new ExportedSeries(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        return catalogue;
    }

    /**
     * Prepares the query of the prints: forward-only, read-only, fetched {@code fetchSize} rows at a time.
     * The caller executes it, so a failure before the first row can still be answered with an error status.
     */
    static PreparedStatement prints(Connection connection, List<ExportedSeries> series, LocalDate from, LocalDate to,
            int fetchSize) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(PRINTS, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(fetchSize);
        statement.setArray(1, connection.createArrayOf("bigint", series.stream().map(ExportedSeries::id).toArray()));
        statement.setObject(2, from == null ? PriceRepository.BEGINNING : from);
        statement.setObject(3, to == null ? PriceRepository.UNBOUNDED : to);
        return statement;
    }
}
