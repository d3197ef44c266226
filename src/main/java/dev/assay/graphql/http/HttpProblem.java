package dev.assay.graphql.http;

import dev.assay.graphql.ErrorCodes;

/**
 * Why a request to the GraphQL endpoint is answered without running it: a code, a message, and the HTTP
 * status for each response format. Under {@code application/json} a GraphQL request error (a document
 * that does not parse, an operation that cannot be chosen) is answered with 200, as clients written for
 * it expect; under {@code application/graphql-response+json} it is a 4xx, as the GraphQL-over-HTTP
 * specification asks: 400 for what cannot be parsed, 422 for what parses but cannot be run.
 */
final class HttpProblem extends Exception {

    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    static final String PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
    static final String SUBSCRIPTION_REQUIRES_WEBSOCKET = "SUBSCRIPTION_REQUIRES_WEBSOCKET";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    private final String code;
    private final int jsonStatus;
    private final int graphqlResponseStatus;
    private final String allow;

    private HttpProblem(String code, String message, int jsonStatus, int graphqlResponseStatus, String allow) {
        super(message, null, false, false);
        this.code = code;
        this.jsonStatus = jsonStatus;
        this.graphqlResponseStatus = graphqlResponseStatus;
        this.allow = allow;
    }

    /** The body is not JSON, not UTF-8, or the query string does not decode: 400 whatever the format. */
    static HttpProblem unreadable(String message) {
        return new HttpProblem(BAD_REQUEST, message, 400, 400, null);
    }

    /** Readable, but not a GraphQL request: a member missing or of the wrong type, a batch. */
    static HttpProblem notAGraphQLRequest(String code, String message) {
        return new HttpProblem(code, message, 400, 422, null);
    }

    static HttpProblem documentUnparsable(String code, String message) {
        return new HttpProblem(code, message, 200, 400, null);
    }

    /** A GraphQL request error: the document parses, but there is no operation this request can run. */
    static HttpProblem cannotRun(String code, String message) {
        return new HttpProblem(code, message, 200, 422, null);
    }

    static HttpProblem operationResolution(String message) {
        return cannotRun(ErrorCodes.OPERATION_RESOLUTION_FAILURE, message);
    }

    static HttpProblem methodNotAllowed(String message, String allow) {
        return new HttpProblem(METHOD_NOT_ALLOWED, message, 405, 405, allow);
    }

    static HttpProblem unsupportedMediaType(String message) {
        return new HttpProblem(UNSUPPORTED_MEDIA_TYPE, message, 415, 415, null);
    }

    static HttpProblem notAcceptable(String message) {
        return new HttpProblem(NOT_ACCEPTABLE, message, 406, 406, null);
    }

    String code() {
        return code;
    }

    int status(ResponseFormat format) {
        return format == ResponseFormat.GRAPHQL_RESPONSE ? graphqlResponseStatus : jsonStatus;
    }

    /** The methods to name in the {@code Allow} header of a 405, else null. */
    String allow() {
        return allow;
    }
}
