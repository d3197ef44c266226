package dev.assay.cache;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks the answer of the current request as one the answer cache must not keep: a resolver that reads this
 * instance's own state (its ingest counters, say) rather than the database's, which no data version covers.
 */
public final class Uncached {

    private static final String KEY = Uncached.class.getName();

    private Uncached() {
    }

    /** The answer being computed reads state of this instance: it is sent, never kept. */
    public static void mark() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            request.put(KEY, Boolean.TRUE);
        }
    }

    /** Whether the answer to {@code request} was marked. */
    public static boolean marked(RoutingContext request) {
        return request.get(KEY) != null;
    }
}
