package dev.assay.audit;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.access.EditorGuard;
import dev.assay.graphql.PageSize;

/** The audit log, for editors and admins. */
@GraphQLApi
public class AuditGraphQLApi {

    @Inject
    EditorGuard guard;

    @Inject
    AuditLog log;

    @Query("auditLog")
    @Description("Changes made through the API, newest first (editor role): all of them, or those of one record.")
    public @NonNull List<@NonNull AuditEntry> auditLog(
            @Name("entity") @Description("`print`, `article` or `company`.") String entity,
            @Name("key") @Description("A slug, or `slug@date` for a print.") String key,
            @Name("first") @Description("How many, 50 by default, at most 500.") Integer first) throws GraphQLException {
        guard.requireEditor("auditLog");
        int size = PageSize.of(first, "first");
        if (entity != null && key != null) {
            return log.of(entity, key).stream().limit(size).toList();
        }
        return log.latest(size);
    }
}
