package dev.assay.graphql.http;

import java.io.StringReader;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.cache.AnswerCache;
import dev.assay.cache.Audiences;
import dev.assay.cache.AnswerKey;
import dev.assay.cache.CachedAnswer;
import dev.assay.cache.DataVersion;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers queries from the {@link AnswerCache} where it can, before the GraphQL engine: a held answer is written
 * as the bytes it was kept as, on the event loop, with no engine work and no JSON writing; an {@code If-None-Match}
 * naming the current entity tag gets 304 with no body, held or not. Otherwise the query runs through
 * {@link RecordingExecution}, which keeps its answer; requests for an answer being computed wait for it. While the
 * data version is unknown (its listener is down) nothing is served from or kept in the cache: the request goes to
 * the GraphQL handler as if there were no cache, and counts as a bypass.
 * <p>
 * The key names the caller's audience, from the identity the authentication verified, never the caller.
 */
@ApplicationScoped
class CachedQueries {

    private final AnswerCache cache;
    private final Audiences audiences;
    private final RecordingExecution execution;
    private final boolean runBlocking;

    CachedQueries(AnswerCache cache, Audiences audiences,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nonBlocking,
            Instance<CurrentIdentityAssociation> identities, CurrentVertxRequest currentRequest) {
        this.cache = cache;
        this.audiences = audiences;
        // As Quarkus decides for its GraphQL route: blocking only when non-blocking execution is switched off
        this.runBlocking = nonBlocking.isPresent() && !nonBlocking.get();
        this.execution = new RecordingExecution(identities.isResolvable() ? identities.get() : null, currentRequest,
                runBlocking, cache);
    }

    /** Serves a query; false when it is left to the GraphQL handler (no cache, or the version unknown). */
    boolean serve(RoutingContext context, ResponseFormat format, GraphQLRequest request, DocumentOperations.Chosen chosen) {
        if (!cache.enabled()) {
            return false;
        }
        String audience = audience(context);
        if (audience == null) {
            return false;
        }
        long version = cache.version();
        if (version == DataVersion.UNKNOWN) {
            cache.recordBypass();
            return false;
        }
        AnswerKey key = new AnswerKey(chosen.normalized(), request.operationName(), CanonicalJson.arguments(request),
                audience, version);
        CompletableFuture<CachedAnswer> found = cache.find(key);
        CachedAnswer held = completed(found);
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (held != null && held.answers(request.query())) {
            cache.recordHit();
            String etag = held.etag(format.ordinal());
            if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, etag)) {
                notModified(context, etag, key);
            } else {
                send(context, format, key, held);
            }
            return true;
        }
        if (ifNoneMatch != null) {
            String etag = HttpCaching.etag(key, format);
            if (HttpCaching.matches(ifNoneMatch, etag)) {
                cache.recordHit();
                notModified(context, etag, key);
                return true;
            }
        }
        if (found == null) {
            AnswerCache.Found claim = cache.findOrClaim(key);
            if (claim.claimed()) {
                cache.recordMiss();
                run(context, format, key, request, claim.answer());
                return true;
            }
            found = claim.answer();
        }
        // Another request holds or computes an answer for the key: take it when it comes, or compute this one
        Context requestContext = Vertx.currentContext();
        found.whenComplete((answer, failure) -> requestContext.runOnContext(
                ignored -> afterWaiting(context, format, key, request, answer)));
        return true;
    }

    /** The answer of a future that has one, else null. */
    private static CachedAnswer completed(CompletableFuture<CachedAnswer> answer) {
        return answer != null && answer.isDone() && !answer.isCompletedExceptionally() ? answer.join() : null;
    }

    private void afterWaiting(RoutingContext context, ResponseFormat format, AnswerKey key, GraphQLRequest request,
            CachedAnswer answer) {
        if (context.response().closed() || context.response().ended()) {
            return;
        }
        if (answer != null && answer.answers(request.query())) {
            cache.recordHit();
            send(context, format, key, answer);
        } else {
            cache.recordMiss();
            run(context, format, key, request, null);
        }
    }

    private void run(RoutingContext context, ResponseFormat format, AnswerKey key, GraphQLRequest request,
            CompletableFuture<CachedAnswer> claim) {
        RecordingExecution.Miss miss = new RecordingExecution.Miss(key, claim, format, request.query(), input(request),
                audiences.anonymous().equals(key.audience()));
        if (runBlocking) {
            context.vertx().executeBlocking(() -> {
                execution.run(context, miss);
                return null;
            }, false);
        } else {
            execution.run(context, miss);
        }
    }

    /** The caller's audience; null when the request carries credentials that were not verified here. */
    private String audience(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            return audiences.of(user.getSecurityIdentity());
        }
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) == null ? audiences.anonymous() : null;
    }

    private void send(RoutingContext context, ResponseFormat format, AnswerKey key, CachedAnswer answer) {
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, format.contentType());
        HttpCaching.cacheable(headers, answer.etag(format.ordinal()), audiences.anonymous().equals(key.audience()));
        response.setStatusCode(200).end(answer.body());
    }

    private void notModified(RoutingContext context, String etag, AnswerKey key) {
        cache.recordNotModified();
        HttpServerResponse response = context.response();
        HttpCaching.cacheable(response.headers(), etag, audiences.anonymous().equals(key.audience()));
        response.setStatusCode(304).end();
    }

    /** The request as SmallRye's execution service reads it: query, operation name, variables, extensions. */
    private static JsonObject input(GraphQLRequest request) {
        JsonObjectBuilder input = JsonProviderHolder.jsonProvider().createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (request.variableValues() != null) {
            input.add("variables", jsonP(request.variableValues()));
        }
        if (request.extensionValues() != null) {
            input.add("extensions", jsonP(request.extensionValues()));
        }
        return input.build();
    }

    private static JsonObject jsonP(JsonNode object) {
        try (var reader = JsonProviderHolder.jsonProvider().createReader(new StringReader(object.toString()))) {
            return reader.readObject();
        }
    }
}
