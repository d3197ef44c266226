package dev.assay.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

/**
 * Installs the document limits, {@link ErrorCodes} and the {@link DocumentCache} on the GraphQL engine.
 * The engine takes one instrumentation chain, so the depth and complexity limits are part of ours; that
 * chain replaces SmallRye's, whose query cache only fills from its own validation hook, so the document
 * cache is ours too.
 */
@ApplicationScoped
public class GraphQLCustomization {

    @ConfigProperty(name = "assay.graphql.max-depth", defaultValue = "15")
    int maxDepth;

    @ConfigProperty(name = "assay.graphql.max-complexity", defaultValue = "1000")
    int maxComplexity;

    @ConfigProperty(name = "assay.graphql.document-cache-size", defaultValue = "1000")
    int documentCacheSize;

    private DocumentCache documents;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        documents = new DocumentCache(documentCacheSize);
        return builder.preparsedDocumentProvider(documents)
                .instrumentation(new DocumentLevelChain(List.of(
                        new MaxQueryComplexityInstrumentation(maxComplexity),
                        new MaxQueryDepthInstrumentation(maxDepth),
                        new ErrorCodes())));
    }

    /** How many parsed documents the engine holds. */
    public int cachedDocuments() {
        return documents.size();
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
