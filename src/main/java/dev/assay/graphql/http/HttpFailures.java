package dev.assay.graphql.http;

import java.util.concurrent.CompletionException;

import dev.assay.graphql.ErrorCodes;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Answers the requests to the GraphQL endpoint that failed outside the engine with a coded JSON error
 * rather than an empty or plain-text body: a refused bearer token (401, with its {@code WWW-Authenticate}
 * challenge), an oversized body (413), any other client error by its status, and anything unexpected as
 * 500 {@code INTERNAL_SERVER_ERROR}, logged here.
 */
final class HttpFailures {

    static final String REFUSED_TOKEN = "The bearer token was refused: it is malformed, expired, not signed by a "
            + "trusted key, or issued by another issuer or for another audience";

    private final long maxBodySize;

    HttpFailures(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void handle(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = rootCause(context.failure());
        int status = failure instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        if (failure instanceof AuthenticationFailedException) {
            ErrorResponses.send(context, 401, ResponseFormat.JSON, HttpProblem.UNAUTHENTICATED, REFUSED_TOKEN, null);
        } else if (status == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            ErrorResponses.send(context, 413, ResponseFormat.JSON, HttpProblem.PAYLOAD_TOO_LARGE, "The request body is "
                    + "larger than the limit of " + size(maxBodySize), null);
        } else if (status >= 400 && status < 500) {
            ErrorResponses.send(context, status, ResponseFormat.JSON, codeOf(status), "The request was refused (HTTP "
                    + status + ")", null);
        } else {
            Log.errorf(failure, "GraphQL request to %s failed", context.normalizedPath());
            ErrorResponses.send(context, 500, ResponseFormat.JSON, ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error", null);
        }
    }

    private static String size(long bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 401 -> HttpProblem.UNAUTHENTICATED;
            case 403 -> "FORBIDDEN";
            case 405 -> HttpProblem.METHOD_NOT_ALLOWED;
            case 406 -> HttpProblem.NOT_ACCEPTABLE;
            case 415 -> HttpProblem.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpProblem.BAD_REQUEST;
        };
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
