package dev.assay.graphql;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.assay.cache.MutationsAwaitTheirVersion;
import dev.assay.database.UnavailableErrors;
import dev.assay.graphql.batch.ArgumentKeyedLoaders;
import dev.assay.graphql.batch.SubscriptionEventLoads;
import dev.assay.graphql.cost.CostBudget;
import dev.assay.graphql.cost.ExecutionDeadline;
import dev.assay.metrics.GraphQLOperationTimer;
import dev.assay.ratelimit.WebSocketOperations;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.Metrics;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs on the GraphQL engine the loaders keyed by arguments ({@link ArgumentKeyedLoaders}), the limits on
 * a document (its {@link CostBudget}, its depth, its {@link ExecutionDeadline}), {@link ErrorCodes}, the
 * {@link DocumentCache}, and mutations' wait for their data version ({@link MutationsAwaitTheirVersion}). The engine takes one instrumentation chain, so the limits are part of ours; that
 * chain replaces SmallRye's, whose query cache only fills from its own validation hook, so the document
 * cache is ours too.
 * <p>
 * SmallRye GraphQL finds this class with {@link java.util.ServiceLoader} (Quarkus registers every
 * {@link EventingService} for native images) and calls it when it builds the engine. Its CDI events would
 * do the same, but once switched on they are fired for every data fetch of every request, and resolving
 * their observers took a fifth of the ticker's CPU under load.
 */
public class EngineCustomization implements EventingService {

    private static volatile DocumentCache documents;

    /** No configuration key: always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // By name from the running service's configuration, the defaults being GraphQLConfig's: SmallRye keeps this
        // object for the life of the JVM, so where tests restart the service it belongs to an earlier one, whose
        // GraphQLConfig class the running configuration does not map
        Config config = ConfigProvider.getConfig();
        int maxDepth = config.getValue("assay.graphql.max-depth", Integer.class);
        long anonymousBudget = config.getValue("assay.graphql.max-cost.anonymous", Long.class);
        long signedInBudget = config.getValue("assay.graphql.max-cost.signed-in", Long.class);
        Duration timeLimit = config.getValue("assay.graphql.time-limit", Duration.class);
        int cacheSize = config.getValue("assay.graphql.document-cache-size", Integer.class);
        DocumentCache cache = new DocumentCache(cacheSize);
        documents = cache;
        ExecutionDeadline deadline = new ExecutionDeadline(timeLimit);
        return builder.preparsedDocumentProvider(cache)
                .instrumentation(new DocumentLevelChain(List.of(
                        new WebSocketOperations(),
                        new ArgumentKeyedLoaders(),
                        new SubscriptionEventLoads(),
                        // Cost first: its walk of the document is bounded, the depth limit's is not
                        new CostBudget(anonymousBudget, signedInBudget),
                        new MaxQueryDepthInstrumentation(maxDepth),
                        deadline,
                        new GraphQLOperationTimer(Metrics.globalRegistry, 200),
                        new UnavailableErrors(),
                        new ErrorCodes(),
                        new MutationsAwaitTheirVersion()), deadline));
    }

    /** How many parsed documents the running engine holds. */
    public static int cachedDocuments() {
        return documents == null ? 0 : documents.size();
    }

    /**
     * The limits and the error codes act on the whole document and result, never on one field: skip the
     * chain's per-object and per-field contexts, which graphql-java otherwise builds for every value. The one
     * per-field hook kept is the deadline's, on resolvers only.
     */
    static final class DocumentLevelChain extends ChainedInstrumentation {

        private final ExecutionDeadline deadline;

        DocumentLevelChain(List<graphql.execution.instrumentation.Instrumentation> instrumentations,
                ExecutionDeadline deadline) {
            super(instrumentations);
            this.deadline = deadline;
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            return null;
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return deadline.watch(dataFetcher, parameters);
        }
    }
}
