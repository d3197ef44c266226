package dev.assay.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.TypeFromAST;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The limits every argument value of an operation meets before a resolver runs, checked against the
 * schema's types, for literals and variables alike: an {@code Int} within 32 bits (the engine's coercion
 * would wrap a larger one), a {@code Date} or {@code DateTime} that exists and lies in the years 1 to
 * 9999 (the span the store reads as "all of history"), a decimal of at most 100 digits on either side of
 * the point, and strings of bounded length with no NUL character (PostgreSQL cannot store one) and no
 * unpaired surrogate (not Unicode). Values outside them would otherwise be wrapped, or fail in SQL as an
 * engine error. Every {@code DateTime} argument of the API is an instant, so it must carry an offset.
 */
final class InputLimits {

    static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    static final int MAX_DECIMAL_DIGITS = 100;
    /** Enough to say what is wrong with a request without answering with thousands of errors. */
    private static final int MAX_ERRORS = 10;
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private final int maxStringLength;
    private final Set<String> longTextFields;

    /**
     * @param maxStringLength the most characters a string value may have
     * @param longTextFields  input fields, as {@code Type.field}, that hold documents (article bodies):
     *                        bounded by the request size alone
     */
    InputLimits(int maxStringLength, Set<String> longTextFields) {
        this.maxStringLength = maxStringLength;
        this.longTextFields = Set.copyOf(longTextFields);
    }

    /** The values of the operation outside the limits, as BAD_USER_INPUT errors naming the argument; empty if none. */
    List<GraphQLError> check(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        Walk walk = new Walk(schema, fragments);
        GraphQLCompositeType root = rootType(schema, operation);
        if (root != null) {
            walk.selections(operation.getSelectionSet(), root);
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (!(TypeFromAST.getTypeFromAST(schema, definition.getType()) instanceof GraphQLInputType type)) {
                continue;
            }
            String name = walk.argumentOf.getOrDefault(definition.getName(), "$" + definition.getName());
            SourceLocation location = definition.getSourceLocation();
            if (variables.containsKey(definition.getName())) {
                walk.variable(name, type, variables.get(definition.getName()), location, maxStringLength);
            } else if (definition.getDefaultValue() != null) {
                walk.literal(name, type, definition.getDefaultValue(), location, maxStringLength);
            }
        }
        return walk.errors;
    }

    private static GraphQLCompositeType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    /** One pass over an operation: each selection set once, each fragment once, however often it is spread. */
    private final class Walk {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Set<String> walkedFragments = new HashSet<>();
        /** Which argument each variable is first given to, so that its errors name the argument. */
        private final Map<String, String> argumentOf = new LinkedHashMap<>();
        private final List<GraphQLError> errors = new ArrayList<>();
        private final Set<String> reported = new HashSet<>();

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
            this.schema = schema;
            this.fragments = fragments;
        }

        void selections(SelectionSet selectionSet, GraphQLCompositeType parent) {
            if (selectionSet == null) {
                return;
            }
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    field(field, parent);
                } else if (selection instanceof InlineFragment inline) {
                    selections(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                            : compositeType(inline.getTypeCondition().getName()));
                } else if (selection instanceof FragmentSpread spread && walkedFragments.add(spread.getName())) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        selections(fragment.getSelectionSet(), compositeType(fragment.getTypeCondition().getName()));
                    }
                }
            }
        }

        private void field(Field field, GraphQLCompositeType parent) {
            GraphQLFieldDefinition definition = fieldDefinition(parent, field.getName());
            if (definition == null) {
                return;
            }
            for (Argument argument : field.getArguments()) {
                GraphQLArgument declared = definition.getArgument(argument.getName());
                if (declared != null) {
                    literal(argument.getName(), declared.getType(), argument.getValue(), argument.getSourceLocation(),
                            maxStringLength);
                }
            }
            if (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType child) {
                selections(field.getSelectionSet(), child);
            }
        }

        /* The document was validated against the schema before execution; anything unknown is skipped. */
        private GraphQLFieldDefinition fieldDefinition(GraphQLCompositeType parent, String name) {
            if (parent == null) {
                return null;
            }
            try {
                return Introspection.getFieldDef(schema, parent, name);
            } catch (RuntimeException unknown) {
                return null;
            }
        }

        private GraphQLCompositeType compositeType(String name) {
            return schema.getType(name) instanceof GraphQLCompositeType type ? type : null;
        }

        void literal(String name, GraphQLInputType type, Value<?> value, SourceLocation location, int maxLength) {
            if (value == null || value instanceof NullValue || errors.size() >= MAX_ERRORS) {
                return;
            }
            if (value instanceof VariableReference variable) {
                argumentOf.putIfAbsent(variable.getName(), name);
                return;
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
            if (unwrapped instanceof GraphQLList list) {
                GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
                if (value instanceof ArrayValue array) {
                    List<Value> values = array.getValues();
                    for (int i = 0; i < values.size(); i++) {
                        literal(name + "[" + i + "]", element, values.get(i), location, maxLength);
                    }
                } else {
                    literal(name, element, value, location, maxLength);
                }
            } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
                for (ObjectField field : fields.getObjectFields()) {
                    GraphQLInputObjectField declared = object.getField(field.getName());
                    if (declared != null) {
                        literal(name + "." + field.getName(), declared.getType(), field.getValue(), location,
                                lengthLimit(object, declared));
                    }
                }
            } else if (unwrapped instanceof GraphQLScalarType scalar) {
                scalar(name, scalar.getName(), literalValue(value), location, maxLength);
            }
        }

        void variable(String name, GraphQLInputType type, Object value, SourceLocation location, int maxLength) {
            if (value == null || errors.size() >= MAX_ERRORS) {
                return;
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
            if (unwrapped instanceof GraphQLList list) {
                GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
                if (value instanceof List<?> values) {
                    for (int i = 0; i < values.size(); i++) {
                        variable(name + "[" + i + "]", element, values.get(i), location, maxLength);
                    }
                } else {
                    variable(name, element, value, location, maxLength);
                }
            } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
                for (Map.Entry<?, ?> field : fields.entrySet()) {
                    GraphQLInputObjectField declared = object.getField(String.valueOf(field.getKey()));
                    if (declared != null) {
                        variable(name + "." + field.getKey(), declared.getType(), field.getValue(), location,
                                lengthLimit(object, declared));
                    }
                }
            } else if (unwrapped instanceof GraphQLScalarType scalar) {
                scalar(name, scalar.getName(), value, location, maxLength);
            }
        }

        private int lengthLimit(GraphQLInputObjectType object, GraphQLInputObjectField field) {
            return longTextFields.contains(object.getName() + "." + field.getName()) ? Integer.MAX_VALUE : maxStringLength;
        }

        private void scalar(String name, String scalar, Object value, SourceLocation location, int maxLength) {
            String problem = switch (scalar) {
                case "Int" -> intProblem(value);
                case "BigDecimal", "BigInteger", "Float" -> decimalProblem(value);
                default -> null;
            };
            if (problem == null && value instanceof String text) {
                problem = stringProblem(text, maxLength);
                if (problem == null && "Date".equals(scalar)) {
                    problem = dateProblem(text);
                } else if (problem == null && "DateTime".equals(scalar)) {
                    problem = dateTimeProblem(text);
                }
            }
            if (problem != null) {
                refuse(name, problem, location);
            }
        }

        private void refuse(String name, String problem, SourceLocation location) {
            String message = "Invalid argument '" + name + "': " + problem;
            if (reported.add(message)) {
                errors.add(GraphqlErrorBuilder.newError()
                        .message(message)
                        .location(location)
                        .errorType(ErrorType.ValidationError)
                        .extensions(Map.of("code", ErrorCodes.BAD_USER_INPUT))
                        .build());
            }
        }
    }

    /** The Java value of a scalar literal: what a variable holding the same value would be. */
    private static Object literalValue(Value<?> value) {
        if (value instanceof IntValue integer) {
            return integer.getValue();
        }
        if (value instanceof FloatValue decimal) {
            return decimal.getValue();
        }
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        return null;
    }

    private static String intProblem(Object value) {
        if (value instanceof String) {
            return "expects an Int, not a string";
        }
        if (!(value instanceof Number number)) {
            return null;
        }
        BigDecimal decimal = decimalOf(number);
        if (decimal == null) {
            return "expects an Int";
        }
        if (decimal.compareTo(new BigDecimal(INT_MIN)) < 0 || decimal.compareTo(new BigDecimal(INT_MAX)) > 0) {
            return ErrorMessages.shown(decimal) + " is outside the Int range (" + INT_MIN + " to " + INT_MAX + ")";
        }
        if (decimal.stripTrailingZeros().scale() > 0) {
            return ErrorMessages.shown(decimal) + " is not a whole number";
        }
        return null;
    }

    private static String decimalProblem(Object value) {
        BigDecimal decimal;
        if (value instanceof Number number) {
            decimal = decimalOf(number);
        } else if (value instanceof String text && text.length() <= 2 * MAX_DECIMAL_DIGITS + 10) {
            try {
                decimal = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                return "'" + ErrorMessages.shown(text) + "' is not a number";
            }
        } else if (value instanceof String text) {
            return "a number of " + text.length() + " characters, longer than any number accepted";
        } else {
            return null;
        }
        if (decimal == null) {
            return "is not a finite number";
        }
        // precision - scale is the count of digits before the point; comparing them never expands the value
        if ((long) decimal.precision() - decimal.scale() > MAX_DECIMAL_DIGITS || decimal.scale() > MAX_DECIMAL_DIGITS) {
            return "at most " + MAX_DECIMAL_DIGITS + " digits before and after the decimal point";
        }
        return null;
    }

    private static BigDecimal decimalOf(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private String stringProblem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return text.length() + " characters, at most " + maxLength;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode (an unpaired surrogate at character " + i + ")";
            }
        }
        return null;
    }

    private static String dateProblem(String text) {
        String expected = " is not a date from " + FIRST_DATE + " to " + LAST_DATE + " (YYYY-MM-DD)";
        if (!DATE.matcher(text).matches()) {
            return "'" + ErrorMessages.shown(text) + "'" + expected;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return date.isBefore(FIRST_DATE) ? "'" + text + "'" + expected : null;
        } catch (DateTimeParseException e) {
            return "'" + text + "'" + expected;
        }
    }

    private static String dateTimeProblem(String text) {
        String expected = " is not a date-time with an offset, from year 1 to 9999 (e.g. 2026-01-31T12:00:00Z)";
        if (!DATE_TIME.matcher(text).matches()) {
            return "'" + ErrorMessages.shown(text) + "'" + expected;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return instant.getYear() < 1 ? "'" + ErrorMessages.shown(text) + "'" + expected : null;
        } catch (DateTimeParseException e) {
            return "'" + ErrorMessages.shown(text) + "'" + expected;
        }
    }
}
