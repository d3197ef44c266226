package dev.assay.graphql.batch;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/** Gives each request's batch loaders the cache key of {@link LoadKeys}, before anything is loaded. */
public final class ArgumentKeyedLoaders extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (input.getDataLoaderRegistry() == null || input.getDataLoaderRegistry().getKeys().isEmpty()) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(LoadKeys.keyedByArguments(input.getDataLoaderRegistry())));
    }
}
