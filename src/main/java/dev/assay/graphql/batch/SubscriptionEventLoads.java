package dev.assay.graphql.batch;

import org.dataloader.DataLoader;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * Has each event of a subscription load its fields afresh. graphql-java resolves every event of a subscription
 * with the data loaders of the operation that subscribed, whose caches keep every value loaded: a subscription
 * that lives for days would keep everything its updates ever read, and could answer a later update from an
 * earlier one. Events of one subscription are resolved one at a time, so clearing the caches as each starts
 * takes nothing from another.
 */
public final class SubscriptionEventLoads extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        parameters.getExecutionContext().getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
        return null;
    }
}
