package dev.assay.ratelimit;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.arc.Arc;

/**
 * Counts each operation sent over a WebSocket (a subscription, or a query or mutation sent that way) against the
 * rate-limit budget of the connection's caller, as if it had come as a request of its own: one upgrade no longer
 * carries any number of operations past a spent budget. Over the limit, the operation is answered RATE_LIMITED.
 * <p>
 * The caller is the one {@link RateLimitFilter} counted the upgrade request against; SmallRye GraphQL hands every
 * operation of the connection that request's headers, in which the filter left the caller's key.
 */
public class WebSocketOperations extends SimplePerformantInstrumentation {

    private volatile RateLimitFilter limits;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        String caller = callerOfWebSocket(parameters.getGraphQLContext().get("httpHeaders"));
        if (caller != null && !limits().tryAcquire(caller)) {
            long retryAfter = limits().secondsUntilNext(caller);
            throw new AbortExecutionException(List.of(ValidationError.newValidationError()
                    .validationErrorType(ValidationErrorType.WrongType)
                    .description("Rate limit exceeded; retry in " + retryAfter + " s")
                    .extensions(Map.of("code", "RATE_LIMITED"))
                    .build()));
        }
        return null;
    }

    /** The caller's key when the operation came over a WebSocket, null for a plain HTTP request (counted already). */
    static String callerOfWebSocket(Object headers) {
        if (!(headers instanceof Map<?, ?> byName)) {
            return null;
        }
        boolean webSocket = false;
        String caller = null;
        for (Map.Entry<?, ?> header : byName.entrySet()) {
            String name = String.valueOf(header.getKey());
            List<?> values = header.getValue() instanceof List<?> list ? list : List.of();
            if (name.equalsIgnoreCase("Upgrade")) {
                webSocket = values.stream().anyMatch(value -> "websocket".equalsIgnoreCase(String.valueOf(value)));
            } else if (name.equalsIgnoreCase(RateLimitFilter.CALLER_HEADER) && !values.isEmpty()) {
                caller = String.valueOf(values.get(0));
            }
        }
        return webSocket ? caller : null;
    }

    private RateLimitFilter limits() {
        if (limits == null) {
            limits = Arc.container().instance(RateLimitFilter.class).get();
        }
        return limits;
    }
}
