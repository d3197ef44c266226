package dev.assay.ingest.job;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.access.EditorGuard;
import dev.assay.cache.Uncached;

/** The ingest's counters, for editors and operators. */
@GraphQLApi
public class IngestGraphQLApi {

    @Inject
    IngestJob job;

    @Inject
    EditorGuard guard;

    @Query("ingestStatus")
    @Description("This instance's scheduled ingest: files, rows, failures and time spent (editor role).")
    public @NonNull IngestStatus ingestStatus() throws GraphQLException {
        guard.requireEditor("ingestStatus");
        // Counters of this instance, which no data version covers
        Uncached.mark();
        return job.status();
    }
}
