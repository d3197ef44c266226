package dev.assay.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.assay.access.Entitlements;
import dev.assay.access.SeriesAccess;
import dev.assay.commodity.Commodity;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;

/** One export request, served on a worker thread: checks, the cursor, and the rows written as they arrive. */
final class ExportRun {

    private final ExportFormat format;
    private final HttpServerResponse response;
    private final ChunkedWriter writer;
    private final int fetchSize;
    private long rows;

    ExportRun(ExportFormat format, HttpServerResponse response, ChunkedWriter writer, int fetchSize) {
        this.format = format;
        this.response = response;
        this.writer = writer;
        this.fetchSize = fetchSize;
    }

    void serve(Entitlements caller, MultiMap query, DataSource dataSource) {
        long started = System.nanoTime();
        try {
            ExportAccess.requireBulkReader(caller);
            ExportRequest request = ExportRequest.parse(query);
            List<Commodity> series = ExportAccess.select(catalogue(), request, SeriesAccess.of(caller));
            try (Connection connection = dataSource.getConnection()) {
                try {
                    export(connection, series, request);
                } finally {
                    release(connection);
                }
            }
            Log.infof("Exported %d prints as %s for %s in %d ms", rows, format, caller.subject(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ExportProblem problem) {
            refuse(problem);
        } catch (ClientGoneException e) {
            Log.infof("Export for %s stopped after %d prints: %s", caller.subject(), rows, e.getMessage());
            abort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
        } catch (SQLException | RuntimeException e) {
            Log.errorf(e, "Export for %s failed after %d prints", caller.subject(), rows);
            fail();
        }
    }

    /** Every commodity, in display order: the catalogue is small, it is the prints that are streamed. */
    private static List<Commodity> catalogue() {
        // A worker thread outside any request: the entities are read in a transaction of their own.
        return QuarkusTransaction.requiringNew().call(Commodity::listInDisplayOrder);
    }

    private void export(Connection connection, List<Commodity> series, ExportRequest request)
            throws SQLException, ClientGoneException, InterruptedException {
        PriceRowsRepository.begin(connection);
        Map<Long, String> slugs = new HashMap<>();
        series.forEach(commodity -> slugs.put(commodity.id, commodity.slug));
        List<Long> ids = series.stream().map(commodity -> commodity.id).toList();
        try (PreparedStatement statement = PriceRowsRepository.prints(connection, ids, request.from(), request.to(),
                fetchSize);
                ResultSet result = statement.executeQuery()) {
            writer.begin(format.contentType, "attachment; filename=\"" + ExportFileName.of(request, format) + "\"");
            StringBuilder out = writer.buffer();
            out.append(format.header());
            while (!writer.clientGone() && result.next()) {
                format.appendRow(out, slugs.get(result.getLong(1)), result.getObject(2, LocalDate.class).toString(),
                        result.getBigDecimal(3).toPlainString());
                rows++;
                writer.flushIfFull();
            }
            if (writer.clientGone()) {
                // Closing the result set here abandons the cursor: no further rows are fetched.
                throw new ClientGoneException("the client closed the connection");
            }
            writer.end();
        }
    }

    private static void release(Connection connection) {
        try {
            // Read-only: nothing to commit. Rolling back ends the transaction and closes its cursor.
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            Log.warnf(e, "Could not end the export transaction");
        }
    }

    private void refuse(ExportProblem problem) {
        response.setStatusCode(problem.status()).putHeader("Content-Type", "application/json");
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(problem.toJson());
    }

    private void fail() {
        if (response.headWritten()) {
            // The status is sent: cutting the connection is the only way to tell the client the file is incomplete.
            abort();
            return;
        }
        response.headers().remove("Content-Disposition");
        response.setStatusCode(500).putHeader("Content-Type", "application/json")
                .end("{\"errors\":[{\"message\":\"The export failed; retry later\",\"extensions\":{\"code\":"
                        + "\"INTERNAL_SERVER_ERROR\"}}]}");
    }

    private void abort() {
        try {
            response.reset();
        } catch (RuntimeException alreadyClosed) {
            Log.debug("Export response already closed", alreadyClosed);
        }
    }
}
