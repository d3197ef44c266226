package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** Argument values outside the limits are refused naming the argument, whether written in the document or sent as variables. */
class InputLimitsTest {

    private static final GraphQLSchema SCHEMA = schema("""
            scalar Date
            scalar DateTime
            scalar BigDecimal
            type Query {
              f(n: Int, s: String, d: Date, t: DateTime, v: BigDecimal, list: [String!], filter: Filter): String
              g: G
            }
            type G { h(n: Int): String }
            input Filter { search: String, body: String, from: Date }
            """);
    private static final InputLimits LIMITS = new InputLimits(30, Set.of("Filter.body"));
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            { f(n: 4294967346) }                              | -                     | Invalid argument 'n': 4294967346 is outside the Int range
            { f(n: -2147483649) }                             | -                     | Invalid argument 'n': -2147483649 is outside the Int range
            { f(n: "5") }                                     | -                     | Invalid argument 'n': expects an Int, not a string
            query($n: Int) { f(n: $n) }                       | {"n": 4294967346}     | Invalid argument 'n': 4294967346 is outside
            query($n: Int) { f(n: $n) }                       | {"n": 1.5}            | Invalid argument 'n': 1.5 is not a whole number
            query($n: Int) { f(n: $n) }                       | {"n": "12"}           | Invalid argument 'n': expects an Int
            query($n: Int = 9999999999) { f(n: $n) }          | -                     | Invalid argument 'n': 9999999999 is outside
            { f(d: "2026-02-30") }                            | -                     | Invalid argument 'd': '2026-02-30' is not a date
            { f(d: "+999999999-12-31") }                      | -                     | Invalid argument 'd': '+999999999-12-31' is not a date
            { f(d: "0000-12-31") }                            | -                     | Invalid argument 'd': '0000-12-31' is not a date
            { f(t: "2026-01-01") }                            | -                     | Invalid argument 't': '2026-01-01' is not a date-time
            { f(t: "2026-01-01T00:00:00") }                   | -                     | Invalid argument 't': '2026-01-01T00:00:00' is not a date-time
            { f(v: 1e999999999) }                             | -                     | Invalid argument 'v': at most 100 digits
            { f(v: 1e-999999999) }                            | -                     | Invalid argument 'v': at most 100 digits
            query($v: BigDecimal) { f(v: $v) }                | {"v": "abc"}          | Invalid argument 'v': 'abc' is not a number
            { f(s: "thirty-one characters, one over") }       | -                     | Invalid argument 's': 31 characters, at most 30
            { f(s: "a\\u0000") }                              | -                     | Invalid argument 's': contains a NUL character
            query($s: String) { f(s: $s) }                    | {"s": "\\ud800"}      | Invalid argument 's': is not valid Unicode
            { f(list: ["ok", "bad\\u0000"]) }                 | -                     | Invalid argument 'list[1]': contains a NUL
            { f(filter: {from: "2026-02-30"}) }               | -                     | Invalid argument 'filter.from': '2026-02-30' is not a date
            query($x: String) { f(filter: {search: $x}) }     | {"x": "a search of more than thirty characters"} | Invalid argument 'filter.search': 39 characters
            query($x: Filter) { f(filter: $x) }               | {"x": {"from": "x"}}  | Invalid argument 'filter.from': 'x' is not a date
            { ...F } fragment F on Query { g { h(n: 9999999999) } } | -               | Invalid argument 'n': 9999999999 is outside
            """)
    void refusesNamingTheArgument(String query, String variables, String expected) throws Exception {
        List<GraphQLError> errors = check(query, variables);
        assertEquals(1, errors.size(), () -> errors.toString());
        assertTrue(errors.get(0).getMessage().startsWith(expected), errors.get(0).getMessage());
        assertEquals(ErrorCodes.BAD_USER_INPUT, errors.get(0).getExtensions().get("code"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            { f(n: 2147483647) }                              | -
            { f(n: -2147483648) }                             | -
            query($n: Int) { f(n: $n) }                       | {"n": 2.0}
            { f(d: "0001-01-01") }                            | -
            { f(d: "9999-12-31") }                            | -
            { f(t: "2026-01-01T00:00:00Z") }                  | -
            { f(t: "2026-01-01T00:00:00.123+05:30") }         | -
            { f(v: 123.456789) }                              | -
            { f(s: "thirty characters, at the edge") }        | -
            { f(s: "\\u00fcber \\ud83d\\udd0b") }             | -
            { f(filter: {body: "a body far longer than the thirty characters of other strings"}) } | -
            query($s: String) { f(s: $s) }                    | {"s": null}
            """)
    void acceptsValuesWithinTheLimits(String query, String variables) throws Exception {
        assertEquals(List.of(), check(query, variables));
    }

    @Test
    void stopsAfterTenErrors() throws Exception {
        String many = "{ f(list: [" + "\"x\\u0000\", ".repeat(50) + "]) }";
        assertEquals(10, check(many, null).size());
    }

    private static List<GraphQLError> check(String query, String variables) throws Exception {
        Document document = Parser.parse(query);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        Map<String, Object> values = variables == null ? Map.of() : JSON.readValue(variables, new TypeReference<>() {
        });
        return LIMITS.check(SCHEMA, document.getDefinitionsOfType(OperationDefinition.class).get(0), fragments, values);
    }

    private static GraphQLSchema schema(String sdl) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        for (String name : List.of("Date", "DateTime", "BigDecimal")) {
            wiring.scalar(GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            }).build());
        }
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring.build());
    }
}
