package dev.assay.graphql.cost;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.language.OperationDefinition.Operation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Stops an operation that runs past its time limit: once the limit has passed, no further resolver
 * starts (so no further SQL is sent for it) and the answer is one error with code {@code TIMEOUT}, without
 * the partial data. Plain property reads are not watched: they cost nothing, and the cost budget bounds how
 * many there are.
 */
public final class ExecutionDeadline extends SimplePerformantInstrumentation {

    public static final String CODE = "TIMEOUT";
    private static final String KEY = ExecutionDeadline.class.getName();

    private final Duration limit;

    public ExecutionDeadline(Duration limit) {
        this.limit = limit;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        // A subscription lives as long as its subscriber listens: its updates are not one request running long
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() != Operation.SUBSCRIPTION) {
            parameters.getExecutionContext().getGraphQLContext().put(KEY, new Deadline(System.nanoTime() + limit.toNanos()));
        }
        return null;
    }

    /** Wraps a resolver so that it does not start once the operation's time is up. */
    public DataFetcher<?> watch(DataFetcher<?> resolver, InstrumentationFieldFetchParameters parameters) {
        if (parameters.isTrivialDataFetcher()) {
            return resolver;
        }
        return environment -> {
            Deadline deadline = deadlineOf(environment.getGraphQlContext());
            if (deadline != null && deadline.passed()) {
                throw new TimeLimitExceeded();
            }
            return resolver.get(environment);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Deadline deadline = deadlineOf(parameters.getGraphQLContext());
        if (deadline == null || !deadline.expired) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", CODE);
        ValidationError error = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("The request ran longer than its limit of " + limit.toMillis()
                        + " ms and was stopped: ask for less at a time")
                .extensions(extensions)
                .build();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                .errors(List.of(error)).data(null).extensions(result.getExtensions()).build());
    }

    private static Deadline deadlineOf(GraphQLContext context) {
        return context == null ? null : context.get(KEY);
    }

    /** When an operation's time is up, and whether a resolver found it so. */
    private static final class Deadline {
        private final long endNanos;
        private volatile boolean expired;

        Deadline(long endNanos) {
            this.endNanos = endNanos;
        }

        boolean passed() {
            if (!expired && System.nanoTime() - endNanos > 0) {
                expired = true;
            }
            return expired;
        }
    }

    /** Thrown in place of a resolver that would start after the limit; replaced by the TIMEOUT answer. */
    private static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded() {
            super("time limit exceeded", null, false, false);
        }
    }
}
