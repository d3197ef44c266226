package dev.assay.graphql.cost;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of an operation: an upper estimate of the values its answer holds, computed from the document
 * before anything runs. A field costs one, plus what its selection costs; a list multiplies that by the items
 * it answers with ({@link ListSizes}): the requested page for paged fields, so that {@code history(first: 500)}
 * costs 500 times its selection and nested lists multiply. Introspection is counted field by field, since the
 * schema bounds it. Arithmetic saturates rather than overflowing, so any document gets a cost, and a document
 * whose fragments expand to more than {@link #MAX_VISITS} fields costs the most there is without being walked
 * to the end.
 */
public final class QueryCost {

    /** Fields visited, fragments expanded, before a document counts as unboundedly costly. */
    static final int MAX_VISITS = 200_000;

    private QueryCost() {
    }

    public static long of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        Map<QueryVisitorFieldEnvironment, Long> selections = new HashMap<>();
        int[] visits = { 0 };
        try {
            QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                    .coercedVariables(variables).build()
                    .visitPostOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            if (++visits[0] > MAX_VISITS) {
                                throw new TooManyFields();
                            }
                            long cost = costOf(field, selections.getOrDefault(field, 0L));
                            selections.merge(field.getParentEnvironment(), cost, QueryCost::add);
                        }
                    });
        } catch (TooManyFields e) {
            return Long.MAX_VALUE;
        }
        return selections.getOrDefault(null, 0L);
    }

    /** Stops the walk of a document that expands without bound. */
    private static final class TooManyFields extends RuntimeException {
        TooManyFields() {
            super(null, null, false, false);
        }
    }

    private static long costOf(QueryVisitorFieldEnvironment field, long selection) {
        if (field.isTypeNameIntrospectionField()) {
            return 0;
        }
        GraphQLFieldsContainer owner = field.getFieldsContainer();
        GraphQLFieldDefinition definition = field.getFieldDefinition();
        if (definition.getName().startsWith("__") || owner.getName().startsWith("__")) {
            return add(1, selection);
        }
        return multiply(items(owner.getName() + "." + definition.getName(), owner, definition, field.getArguments()),
                add(1, selection));
    }

    /** How many items the field answers with: 1 for a single value. */
    private static long items(String coordinates, GraphQLFieldsContainer owner, GraphQLFieldDefinition definition,
            Map<String, Object> arguments) {
        if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
            Long requested = larger(arguments.get("first"), arguments.get("last"));
            return requested == null ? ListSizes.defaultPage(coordinates)
                    : Math.max(0, Math.min(requested, ListSizes.PAGE_CAP));
        }
        if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
            return 1;
        }
        // The connection's page size already counts its edges and nodes
        return owner.getName().endsWith("Connection") ? 1 : ListSizes.length(coordinates, arguments);
    }

    private static Long larger(Object first, Object last) {
        Long a = first instanceof Number n ? n.longValue() : null;
        Long b = last instanceof Number n ? n.longValue() : null;
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
