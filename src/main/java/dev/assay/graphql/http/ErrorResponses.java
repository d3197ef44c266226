package dev.assay.graphql.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the answer to a request refused before the GraphQL engine ran: a GraphQL response holding one coded error. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void send(RoutingContext context, HttpProblem problem, ResponseFormat format) {
        send(context, problem.status(format), format, problem.code(), problem.getMessage(), problem.allow());
    }

    static void send(RoutingContext context, int status, ResponseFormat format, String code, String message, String allow) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, format.contentType())
                .putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.NO_STORE);
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        if (!context.request().isEnded()) {
            // A body we refused without reading it would otherwise be taken for the next request.
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(body(code, message));
    }

    static String body(String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        return new JsonObject().put("errors", new JsonArray().add(error)).encode();
    }
}
