package dev.assay.graphql.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of an operation: an upper estimate of the values its answer holds, computed from the document
 * before anything runs. A field costs one, plus what its selection costs; a list multiplies that by the items
 * it answers with ({@link ListSizes}): the requested page for paged fields, so that {@code history(first: 500)}
 * costs 500 times its selection and nested lists multiply. Introspection is counted field by field, since the
 * schema bounds it. Arithmetic saturates rather than overflowing, so any document gets a cost.
 * <p>
 * A fragment costs what its selection costs wherever it is spread, so each is costed once and every spread
 * counts it in full. graphql-java's {@code QueryTraverser}, which its complexity limit walks, visits each node
 * of the document once, so a fragment spread under many aliases is counted once however often it runs.
 */
public final class QueryCost {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final Map<String, Long> fragmentCosts = new HashMap<>();

    private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    /** The cost of a validated operation, given its document's fragments and the coerced variables. */
    public static long of(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        return new QueryCost(schema, fragments, variables).selection(operation.getSelectionSet(), root);
    }

    /** The cost of the document's one operation, or the named one. */
    public static long of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).findFirst().orElseThrow();
        return of(schema, operation, fragments, variables);
    }

    private long selection(SelectionSet set, GraphQLCompositeType parent) {
        if (set == null || parent == null) {
            return 0;
        }
        long cost = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                cost = add(cost, field(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                cost = add(cost, selection(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName())));
            } else if (selection instanceof FragmentSpread spread) {
                cost = add(cost, fragment(spread.getName()));
            }
        }
        return cost;
    }

    private long fragment(String name) {
        Long known = fragmentCosts.get(name);
        if (known == null) {
            FragmentDefinition fragment = fragments.get(name);
            known = fragment == null ? 0 : selection(fragment.getSelectionSet(),
                    (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()));
            fragmentCosts.put(name, known);
        }
        return known;
    }

    private long field(Field field, GraphQLCompositeType parent) {
        if (field.getName().equals("__typename") || !(parent instanceof GraphQLFieldsContainer container)) {
            return 0;
        }
        GraphQLFieldDefinition definition = Introspection.getFieldDefinition(schema, container, field.getName());
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        long selection = selection(field.getSelectionSet(), type instanceof GraphQLCompositeType composite ? composite : null);
        if (field.getName().startsWith("__") || parent.getName().startsWith("__")) {
            return add(1, selection);
        }
        return multiply(items(parent.getName(), definition, field), add(1, selection));
    }

    /** How many items the field answers with: 1 for a single value. */
    private long items(String owner, GraphQLFieldDefinition definition, Field field) {
        String coordinates = owner + "." + definition.getName();
        if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
            long requested = Math.max(integer(definition, field, "first"), integer(definition, field, "last"));
            return requested < 0 ? ListSizes.defaultPage(coordinates) : Math.min(requested, ListSizes.PAGE_CAP);
        }
        if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
            return 1;
        }
        // The connection's page size already counts its edges and nodes
        if (owner.endsWith("Connection")) {
            return 1;
        }
        return ListSizes.length(coordinates, given(field.getArguments()));
    }

    /** An Int argument's value, from the document or its variables; -1 when not given (or not an Int). */
    private long integer(GraphQLFieldDefinition definition, Field field, String name) {
        GraphQLArgument argument = definition.getArgument(name);
        if (argument == null) {
            return -1;
        }
        Object value = given(field.getArguments()).get(name);
        return value instanceof Number number ? Math.max(0, number.longValue()) : -1;
    }

    /** The arguments the document gives a value, literal or from a variable; null values left out. */
    private Map<String, Object> given(List<Argument> arguments) {
        Map<String, Object> values = new HashMap<>();
        for (Argument argument : arguments) {
            Object value = valueOf(argument.getValue());
            if (value != null) {
                values.put(argument.getName(), value);
            }
        }
        return values;
    }

    private Object valueOf(Value<?> value) {
        if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        }
        if (value instanceof IntValue integer) {
            return integer.getValue();
        }
        return value instanceof NullValue ? null : value;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
