package dev.assay.graphql;

import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
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
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs the document limits, {@link ErrorCodes} and the {@link DocumentCache} on the GraphQL engine.
 * The engine takes one instrumentation chain, so the depth and complexity limits are part of ours; that
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
        Config config = ConfigProvider.getConfig();
        int maxDepth = config.getOptionalValue("assay.graphql.max-depth", Integer.class).orElse(15);
        int maxComplexity = config.getOptionalValue("assay.graphql.max-complexity", Integer.class).orElse(1000);
        int cacheSize = config.getOptionalValue("assay.graphql.document-cache-size", Integer.class).orElse(1000);
        DocumentCache cache = new DocumentCache(cacheSize);
        documents = cache;
        return builder.preparsedDocumentProvider(cache)
                .instrumentation(new DocumentLevelChain(List.of(
                        new MaxQueryComplexityInstrumentation(maxComplexity),
                        new MaxQueryDepthInstrumentation(maxDepth),
                        new ErrorCodes())));
    }

    /** How many parsed documents the running engine holds. */
    public static int cachedDocuments() {
        return documents == null ? 0 : documents.size();
    }

    /**
     * The limits and the error codes act on the whole document and result, never on one field: skip the
     * chain's per-object and per-field contexts, which graphql-java otherwise builds for every value.
     */
    static final class DocumentLevelChain extends ChainedInstrumentation {

        DocumentLevelChain(List<graphql.execution.instrumentation.Instrumentation> instrumentations) {
            super(instrumentations);
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
            return dataFetcher;
        }
    }
}
