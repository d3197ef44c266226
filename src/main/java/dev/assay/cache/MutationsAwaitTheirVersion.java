package dev.assay.cache;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;

/**
 * Holds the answer of a mutation until this instance has heard of the data version the mutation committed
 * ({@link CommittedVersions}): the writer's next query is then never answered from memory with the data of before.
 * Queries and subscriptions pass untouched.
 */
public class MutationsAwaitTheirVersion extends SimplePerformantInstrumentation {

    private volatile CommittedVersions versions;

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Operation();
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        ((Operation) state).mutation = context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION;
        return context;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Operation operation) || !operation.mutation) {
            return CompletableFuture.completedFuture(result);
        }
        try {
            return versions().heardOfTheLastCommit().handle((heard, failure) -> result);
        } catch (RuntimeException e) {
            // Never at the cost of the answer: the listener has the version soon enough
            return CompletableFuture.completedFuture(result);
        }
    }

    private CommittedVersions versions() {
        if (versions == null) {
            versions = Arc.container().instance(CommittedVersions.class).get();
        }
        return versions;
    }

    /** Whether the operation being run is a mutation. */
    private static final class Operation implements InstrumentationState {
        volatile boolean mutation;
    }
}
