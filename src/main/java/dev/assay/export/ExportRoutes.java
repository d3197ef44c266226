package dev.assay.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.assay.access.AccessConfig;
import dev.assay.access.CallerEntitlements;
import dev.assay.database.ReadDataSources;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Serves {@code GET /export/prices.csv} and {@code GET /export/prices.ndjson}: whole series, streamed. */
@ApplicationScoped
public class ExportRoutes {

    /** Exports may read from the replica, except for staff, who write and must see their own prints. */
    @Inject
    ReadDataSources dataSources;

    @Inject
    AccessConfig access;

    @Inject
    ExportConfig config;

    void install(@Observes Router router) {
        // Unordered: exports of one connection need not wait for each other on the worker pool.
        router.get("/export/prices.csv").blockingHandler(context -> serve(context, ExportFormat.CSV), false);
        router.get("/export/prices.ndjson").blockingHandler(context -> serve(context, ExportFormat.NDJSON), false);
    }

    void serve(RoutingContext context, ExportFormat format) {
        var caller = CallerEntitlements.of(QuarkusHttpUser.getSecurityIdentityBlocking(context, null),
                access.tiersClaim());
        var writer = new ChunkedWriter(context.response(), config.stallTimeout());
        new ExportRun(format, context.response(), writer, config.fetchSize()).serve(caller, context.queryParams(),
                dataSources.forCaller(caller.canEdit()));
    }
}
