package dev.assay.graphql.http;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import dev.assay.cache.AnswerCache;
import dev.assay.cache.AnswerKey;
import dev.assay.cache.CachedAnswer;
import dev.assay.cache.Uncached;
import dev.assay.graphql.ErrorCodes;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs a query the answer cache does not hold, and keeps its answer when it may. It is SmallRye GraphQL's own
 * HTTP handler but for the writing: the same base class (request context, caller identity, current request),
 * the same execution service and metadata, the same serialisation and the same 500 for an aborted execution;
 * only the serialised body, which that handler writes and forgets, is also handed to the cache.
 * <p>
 * An answer is kept when it has data and every error in it follows from the key alone: FORBIDDEN (the caller's
 * audience and the catalogue's tiers), UNAUTHENTICATED (an anonymous audience), BAD_USER_INPUT (the arguments
 * and the data). Never when an error could pass (TIMEOUT, UNAVAILABLE, INTERNAL_SERVER_ERROR, RATE_LIMITED), nor
 * when a resolver read this instance's own state ({@link Uncached}).
 */
final class RecordingExecution extends SmallRyeGraphQLAbstractHandler {

    private static final String MISS = RecordingExecution.class.getName() + ".miss";
    private static final Set<String> DETERMINISTIC = Set.of("FORBIDDEN", "UNAUTHENTICATED", ErrorCodes.BAD_USER_INPUT);

    /**
     * One query to run.
     *
     * @param claim     the cache's claim to complete with the answer, or null when the answer is not to be kept
     * @param document  the document as the request wrote it
     * @param anonymous whether the caller is anonymous (its answer may be kept by shared caches)
     */
    record Miss(AnswerKey key, CompletableFuture<CachedAnswer> claim, ResponseFormat format, String document,
            JsonObject input, boolean anonymous) {
    }

    private final AnswerCache cache;

    RecordingExecution(CurrentIdentityAssociation identities, CurrentVertxRequest currentRequest, boolean runBlocking,
            AnswerCache cache) {
        super(identities, currentRequest, runBlocking);
        this.cache = cache;
    }

    void run(RoutingContext context, Miss miss) {
        context.put(MISS, miss);
        handle(context);
    }

    @Override
    protected void doHandle(RoutingContext context) {
        Miss miss = context.get(MISS);
        try {
            getExecutionService().executeAsync(miss.input(), getMetaData(context), new Writer(context, miss));
        } catch (RuntimeException | Error e) {
            release(miss);
            throw e;
        }
    }

    /** Lets those waiting for the answer compute their own. */
    private void release(Miss miss) {
        if (miss.claim() != null && !miss.claim().isDone()) {
            cache.keep(miss.key(), miss.claim(), null);
        }
    }

    private static boolean keepable(ExecutionResult result, RoutingContext context) {
        if (!result.isDataPresent() || result.getData() == null || Uncached.marked(context)) {
            return false;
        }
        for (GraphQLError error : result.getErrors()) {
            if (!DETERMINISTIC.contains(ErrorCodes.codeOf(error))) {
                return false;
            }
        }
        return true;
    }

    private final class Writer implements ExecutionResponseWriter {

        private final RoutingContext context;
        private final Miss miss;

        Writer(RoutingContext context, Miss miss) {
            this.context = context;
            this.miss = miss;
        }

        @Override
        public void write(ExecutionResponse response) {
            HttpServerResponse http = context.response();
            ExecutionResult result = response.getExecutionResult();
            if (aborted(result)) {
                release(miss);
                result.getErrors().stream().filter(e -> e.getErrorType() == ErrorType.ExecutionAborted)
                        .forEach(e -> Log.errorf("Execution aborted: %s", e.getMessage()));
                http.setStatusCode(500).end();
                return;
            }
            Buffer body;
            CachedAnswer answer;
            try {
                body = Buffer.buffer(response.getExecutionResultAsString(), "UTF-8");
                answer = keepable(result, context) ? new CachedAnswer(body,
                        result.getErrors().isEmpty() ? null : miss.document(), List.of(HttpCaching.etags(miss.key())))
                        : null;
            } catch (RuntimeException | Error e) {
                release(miss);
                throw e;
            }
            if (miss.claim() != null) {
                cache.keep(miss.key(), miss.claim(), answer);
            }
            if (answer != null) {
                HttpCaching.cacheable(http.headers(), answer.etag(miss.format().ordinal()), miss.anonymous());
            } else {
                HttpCaching.notStored(http.headers());
            }
            try {
                http.setStatusCode(200).setStatusMessage("OK").end(body);
            } catch (IllegalStateException e) {
                // The client is gone
                Log.debugf("Could not write an answer: %s", e.getMessage());
            }
        }

        @Override
        public void fail(Throwable failure) {
            release(miss);
            context.fail(failure);
        }

        /* As SmallRye's writer decides: data with an error of an aborted execution is a failure of the server. */
        private static boolean aborted(ExecutionResult result) {
            return result.isDataPresent() && result.getErrors().stream()
                    .anyMatch(error -> error.getErrorType() == ErrorType.ExecutionAborted);
        }
    }
}
