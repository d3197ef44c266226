package dev.assay.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Each request is timed under its operation's name, type and outcome, with a bounded number of names. */
class GraphQLOperationTimerTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { hello: String, broken: String } type Mutation { touch: Int }"),
            RuntimeWiring.newRuntimeWiring()
                    .type("Query", type -> type.dataFetcher("hello", env -> "hi").dataFetcher("broken", env -> {
                        throw new IllegalStateException("broken on purpose");
                    }))
                    .type("Mutation", type -> type.dataFetcher("touch", env -> 1))
                    .build());

    private SimpleMeterRegistry registry;
    private GraphQL engine;

    @BeforeEach
    void engine() {
        registry = new SimpleMeterRegistry();
        // Chained, as the service's engine takes its instrumentations
        engine = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new ChainedInstrumentation(List.of(new GraphQLOperationTimer(registry, 3)))).build();
    }

    @Test
    void namedOperationsAreTimedByNameAndType() {
        run("query Greeting { hello }", null);
        run("query Greeting { hello }", null);
        run("mutation Touch { touch }", null);

        assertEquals(2, count("Greeting", "query", "ok"));
        assertEquals(1, count("Touch", "mutation", "ok"));
    }

    @Test
    void theOperationNameOfTheRequestPicksTheOperationOfTheDocument() {
        run("query First { hello } query Second { hello }", "Second");

        assertEquals(1, count("Second", "query", "ok"));
        assertNull(timer("First", "query", "ok"));
    }

    @Test
    void unnamedOperationsAreAnonymousAndErrorsShowInTheOutcome() {
        run("{ hello }", null);
        run("{ hello broken }", null);
        run("{ hello", null);
        run("{ nosuchfield }", null);

        assertEquals(1, count(GraphQLOperationTimer.ANONYMOUS, "query", "ok"));
        assertEquals(1, count(GraphQLOperationTimer.ANONYMOUS, "query", "partial"));
        assertEquals(2, count(GraphQLOperationTimer.NONE, "unknown", "failed"), "a parse and a validation failure");
    }

    @Test
    void namesPastTheLimitShareOneSeries() {
        for (String name : List.of("A", "B", "C", "D", "E")) {
            run("query " + name + " { hello }", null);
        }
        run("query A { hello }", null);

        assertEquals(2, count("A", "query", "ok"));
        assertEquals(1, count("C", "query", "ok"));
        assertEquals(2, count(GraphQLOperationTimer.OTHER, "query", "ok"), "D and E");
        assertNull(timer("D", "query", "ok"));
    }

    private void run(String document, String operationName) {
        engine.execute(ExecutionInput.newExecutionInput(document).operationName(operationName).build());
    }

    private long count(String operation, String type, String outcome) {
        Timer timer = timer(operation, type, outcome);
        return timer == null ? 0 : timer.count();
    }

    private Timer timer(String operation, String type, String outcome) {
        return registry.find(GraphQLOperationTimer.METER).tags("operation", operation, "type", type, "outcome", outcome)
                .timer();
    }
}
