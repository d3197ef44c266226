package dev.assay.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells the HTTP layer that the engine answered the current request with a request error (no
 * {@code data}: the document did not validate, a variable did not coerce, a limit was exceeded), so that
 * it can choose the status code the GraphQL-over-HTTP media type asks for. The engine finishes such
 * requests while the GraphQL handler still runs, so the current request is the one it answers.
 */
public final class RequestErrorSignal {

    private static final String KEY = RequestErrorSignal.class.getName();

    private RequestErrorSignal() {
    }

    /** Remembers the code of the first error on the current HTTP request, if there is one. */
    static void raise(String code) {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null && request.get(KEY) == null) {
            request.put(KEY, code);
        }
    }

    /** The code of the request error the engine answered this request with, or null. */
    public static String of(RoutingContext request) {
        return request.get(KEY);
    }
}
