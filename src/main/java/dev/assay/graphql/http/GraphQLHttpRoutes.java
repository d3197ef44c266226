package dev.assay.graphql.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.assay.graphql.ErrorCodes;
import dev.assay.graphql.ErrorMessages;
import dev.assay.graphql.RequestErrorSignal;
import graphql.language.OperationDefinition;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;

/**
 * Stands in front of the GraphQL handler and lets through only well-formed GraphQL-over-HTTP requests it
 * can run, answering every other one with a coded JSON error: a method other than GET and POST, an
 * {@code Accept} header admitting no JSON, a body that is not UTF-8 JSON or lacks a string {@code query},
 * a batch, a document that does not parse, an operation that cannot be chosen, a subscription (served over
 * WebSocket), a mutation over GET. Queries it hands to {@link CachedQueries}, which answers those it can from
 * memory. It also settles what the handler leaves loose: the response's media type and, under
 * {@code application/graphql-response+json}, a 4xx for a request error; and it hands GET parameters on in the
 * form the handler decodes correctly.
 */
@ApplicationScoped
public class GraphQLHttpRoutes {

    /*
     * After CORS (-300), authentication (-200) and the WebSocket upgrade (-99); before the body-size check
     * (-2), which answers an oversized body without one, and before the GraphQL route itself (0 and up).
     */
    static final int ORDER = -10;

    private static final String FORMAT = GraphQLHttpRoutes.class.getName() + ".format";
    private static final String DOCUMENT_BODY = "application/graphql";
    private static final String JSON_BODY = "application/json";

    private final String path;
    private final BodyHandler bodies;
    private final HttpFailures failures;
    private final CachedQueries cachedQueries;

    GraphQLHttpRoutes(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            CachedQueries cachedQueries) {
        this.path = path.startsWith("/") ? path : "/" + path;
        this.cachedQueries = cachedQueries;
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.map(MemorySize::asLongValue).orElse(-1L));
        this.failures = new HttpFailures(maxBodySize.map(MemorySize::asLongValue).orElse(-1L));
    }

    void install(@Observes Router router) {
        // Vert.x wants a body handler first on its route: the screening, which needs no body, has its own.
        router.route(path).order(ORDER - 1).handler(this::screen).failureHandler(failures::handle);
        router.route(path).order(ORDER).handler(bodies).handler(this::admit);
    }

    /** What can be judged before the body is read: method, Accept, Content-Type. */
    void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        ResponseFormat format;
        try {
            format = ResponseFormat.negotiate(request.getHeader(HttpHeaders.ACCEPT));
        } catch (HttpProblem problem) {
            ErrorResponses.send(context, problem, ResponseFormat.JSON);
            return;
        }
        context.put(FORMAT, format);
        // The GraphQL handler reads these two headers again, comparing them case-sensitively; it parses Accept
        // when it first needs it, after us (a test with a mixed-case Accept header pins this).
        request.headers().set(HttpHeaders.ACCEPT, format.contentType());
        try {
            if (request.method() == HttpMethod.POST) {
                request.headers().set(HttpHeaders.CONTENT_TYPE, bodyType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
            } else if (request.method() != HttpMethod.GET) {
                throw HttpProblem.methodNotAllowed("The GraphQL endpoint answers GET (queries) and POST, not "
                        + request.method().name(), "GET, POST, OPTIONS");
            }
        } catch (HttpProblem problem) {
            ErrorResponses.send(context, problem, format);
            return;
        }
        context.next();
    }

    /** What needs the body or the query string: the GraphQL request itself. */
    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        ResponseFormat format = context.get(FORMAT);
        boolean get = request.method() == HttpMethod.GET;
        GraphQLRequest graphql;
        DocumentOperations.Chosen chosen;
        try {
            graphql = get ? GraphQLRequest.fromQueryParameters(queryParameters(context))
                    : DOCUMENT_BODY.equals(request.getHeader(HttpHeaders.CONTENT_TYPE))
                            ? GraphQLRequest.fromDocumentBody(bodyOf(context))
                            : GraphQLRequest.fromJsonBody(bodyOf(context));
            chosen = DocumentOperations.choose(graphql.query(), graphql.operationName());
            OperationDefinition.Operation type = chosen.operation().type();
            if (type == OperationDefinition.Operation.SUBSCRIPTION) {
                throw HttpProblem.cannotRun(HttpProblem.SUBSCRIPTION_REQUIRES_WEBSOCKET, "Subscriptions are served over "
                        + "WebSocket at " + path + " (subprotocol graphql-transport-ws), not over plain HTTP");
            }
            if (get && type == OperationDefinition.Operation.MUTATION) {
                throw HttpProblem.methodNotAllowed("Mutations are sent with POST: a GET request must not change anything",
                        "POST");
            }
            if (get) {
                handOn(context.queryParams(), graphql, chosen);
            }
        } catch (HttpProblem problem) {
            ErrorResponses.send(context, problem, format);
            return;
        }
        context.addHeadersEndHandler(ignored -> settle(context, format));
        if (chosen.operation().type() == OperationDefinition.Operation.QUERY
                && cachedQueries.serve(context, format, graphql, chosen)) {
            return;
        }
        context.next();
    }

    /*
     * The GraphQL handler answers 200 with the media type it was asked for; under
     * application/graphql-response+json a request error (no data) is a 4xx instead. Nothing it answers may be
     * stored by an HTTP cache unless the answer cache said otherwise.
     */
    private static void settle(RoutingContext context, ResponseFormat format) {
        HttpServerResponse response = context.response();
        HttpCaching.notStored(response.headers());
        if (response.getStatusCode() != 200) {
            return;
        }
        response.headers().set(HttpHeaders.CONTENT_TYPE, format.contentType());
        String requestError = RequestErrorSignal.of(context);
        if (format == ResponseFormat.GRAPHQL_RESPONSE && requestError != null) {
            HttpResponseStatus status = ErrorCodes.PARSE_FAILED.equals(requestError) ? HttpResponseStatus.BAD_REQUEST
                    : HttpResponseStatus.UNPROCESSABLE_ENTITY;
            // The handler set the reason phrase of its 200 explicitly; it goes with the code.
            response.setStatusCode(status.code()).setStatusMessage(status.reasonPhrase());
        }
    }

    /** The body types a POST may have, as the GraphQL handler names them. */
    private static String bodyType(String contentType) throws HttpProblem {
        MediaRange type = contentType == null ? null : MediaRange.parse(contentType, 0);
        if (type != null && (type.type().equals(JSON_BODY) || type.type().equals(DOCUMENT_BODY)) && type.utf8OrUnspecified()) {
            return type.type();
        }
        throw HttpProblem.unsupportedMediaType(contentType == null
                ? "The request has no Content-Type: send application/json (or the document alone as application/graphql)"
                : "Send application/json (or the document alone as application/graphql), in UTF-8, not '"
                        + ErrorMessages.shown(contentType) + "'");
    }

    private static byte[] bodyOf(RoutingContext context) {
        return context.body() == null || context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
    }

    private static MultiMap queryParameters(RoutingContext context) throws HttpProblem {
        try {
            return context.queryParams();
        } catch (HttpException e) {
            throw HttpProblem.unreadable("The query string does not decode: a '%' must start an escape such as %20");
        }
    }

    /*
     * The GraphQL handler URL-decodes GET parameters that are already decoded (so '+' and '%' in a document
     * are mangled), and passes the document in place of the operation name. Encoding the values once more
     * undoes the first; the operation name goes, and a document of several operations is reduced to the one
     * chosen. A test pins this: should the handler change, documents with '%' and '+' would stop working.
     */
    private static void handOn(MultiMap parameters, GraphQLRequest request, DocumentOperations.Chosen chosen) throws HttpProblem {
        String document = chosen.alone() ? request.query() : DocumentOperations.alone(request.query(), request.operationName());
        parameters.set("query", URLEncoder.encode(document, StandardCharsets.UTF_8));
        parameters.remove("operationName");
        setOrRemove(parameters, "variables", request.variables());
        setOrRemove(parameters, "extensions", request.extensions());
    }

    private static void setOrRemove(MultiMap parameters, String name, String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
