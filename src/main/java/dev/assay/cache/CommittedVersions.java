package dev.assay.cache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;

/**
 * Lets a writer through this instance go on only once the instance has heard of what it committed: the version
 * the database holds after the commit is read, and the writer waits (a few milliseconds: PostgreSQL's
 * notification) until the listener knows it. So a client that records a print and then asks again is answered
 * from the new data, here and, since every instance is notified at the same moment, anywhere else.
 */
@ApplicationScoped
@Unremovable // looked up by the engine's instrumentation, which CDI does not see
public class CommittedVersions {

    @Inject
    AnswerCache cache;

    @Inject
    DataVersion version;

    @Inject
    AgroalDataSource database;

    @Inject
    ManagedExecutor workers;

    /** Completes once this instance knows the data version of the last commit, or at once when there is no cache. */
    public CompletableFuture<Void> heardOfTheLastCommit() {
        if (!cache.enabled() || !version.listening()) {
            return CompletableFuture.completedFuture(null);
        }
        return workers.supplyAsync(this::committed).thenCompose(committed -> committed == DataVersion.UNKNOWN
                ? CompletableFuture.completedFuture(null) : version.heard(committed));
    }

    private long committed() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version FROM data_version")) {
            return row.next() ? row.getLong(1) : DataVersion.UNKNOWN;
        } catch (SQLException e) {
            // The answer still goes; the listener has the version soon enough, or bypasses the cache
            Log.debugf("Could not read the committed data version: %s", e.getMessage());
            return DataVersion.UNKNOWN;
        }
    }
}
