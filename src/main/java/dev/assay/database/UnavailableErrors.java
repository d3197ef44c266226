package dev.assay.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;

/**
 * Gives a resolver's error that comes from an unreachable database (the connection refused, lost, or not to be
 * had in time) the code UNAVAILABLE and a message saying to retry, in place of "System error" and a code made
 * from a driver's class name. Such requests were already running when the database went; later ones are
 * answered by {@link UnavailableRequests} before they start.
 */
public class UnavailableErrors extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(UnavailableErrors::fromUnreachableDatabase)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            errors.add(fromUnreachableDatabase(error) ? unavailable((ExceptionWhileDataFetching) error) : error);
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    private static boolean fromUnreachableDatabase(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching
                && DatabaseFailures.isUnavailable(fetching.getException());
    }

    private static GraphQLError unavailable(ExceptionWhileDataFetching error) {
        List<SourceLocation> locations = error.getLocations();
        return new GraphQLExceptionWhileDataFetching(ResultPath.fromList(error.getPath()),
                new DatabaseUnavailableException(), locations == null || locations.isEmpty() ? null : locations.get(0));
    }
}
