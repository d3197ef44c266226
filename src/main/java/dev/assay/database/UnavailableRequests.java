package dev.assay.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * While the database cannot be reached, answers API requests at once with HTTP 503, {@code Retry-After} and a
 * GraphQL error of code UNAVAILABLE, rather than letting them wait on connections that cannot be had. Health
 * endpoints are left alone; live subscriptions already open stay open and resume when the database is back.
 */
@ApplicationScoped
public class UnavailableRequests {

    static final String BODY = "{\"errors\":[{\"message\":\"" + DatabaseUnavailableException.MESSAGE
            + "\",\"extensions\":{\"code\":\"" + DatabaseUnavailableException.CODE + "\"}}],\"data\":null}";

    @Inject
    DatabaseAvailability database;

    void install(@Observes Router router) {
        // Right after the rate limit: a request refused here costs no parsing, no authentication, no connection.
        router.route().order(Integer.MIN_VALUE + 20).handler(this::refuseWhileDown);
    }

    void refuseWhileDown(RoutingContext context) {
        String path = context.normalizedPath();
        if (database.isUp() || !(path.startsWith("/graphql") || path.startsWith("/export"))) {
            context.next();
            return;
        }
        context.response().setStatusCode(503)
                .putHeader("Content-Type", "application/json")
                .putHeader("Retry-After", "1")
                .end(BODY);
    }
}
