package dev.assay.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each GraphQL request, parse to result, by its operation: the timer {@value #METER} (Prometheus:
 * {@code assay_graphql_operation_seconds}) tagged with the operation's name, its type and the outcome.
 * <p>
 * Operation names are the client's to choose, so only the first {@code maxNames} distinct names get series of
 * their own and later ones count as {@value #OTHER}: a client cannot grow the metrics without bound. It acts on
 * the whole execution only, never per field, so it costs two clock reads and one map lookup a request.
 */
public class GraphQLOperationTimer extends SimplePerformantInstrumentation {

    public static final String METER = "assay.graphql.operation";
    /** The name tag of an operation without a name. */
    public static final String ANONYMOUS = "anonymous";
    /** The name tag of a document that never got to execution (it did not parse or validate). */
    public static final String NONE = "none";
    /** The name tag shared by the names past the limit. */
    public static final String OTHER = "other";

    private final MeterRegistry registry;
    private final int maxNames;
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    public GraphQLOperationTimer(MeterRegistry registry, int maxNames) {
        this.registry = registry;
        this.maxNames = maxNames;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Timing(System.nanoTime());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        Timing timing = (Timing) state;
        timing.name = operation.getName() == null ? ANONYMOUS : operation.getName();
        timing.type = operation.getOperation().name().toLowerCase(Locale.ROOT);
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Timing timing = (Timing) state;
        return SimpleInstrumentationContext.whenCompleted((result, error) -> record(timing, result, error));
    }

    private void record(Timing timing, ExecutionResult result, Throwable error) {
        long nanos = System.nanoTime() - timing.started;
        Series series = new Series(boundedName(timing.name), timing.type, outcome(result, error));
        timers.computeIfAbsent(series, this::timer).record(Duration.ofNanos(nanos));
    }

    private String boundedName(String name) {
        if (name == null) {
            return NONE;
        }
        if (names.contains(name) || (names.size() < maxNames && names.add(name))) {
            return name;
        }
        return OTHER;
    }

    /** ok: no errors; partial: data with errors (a withheld value, say); failed: no data at all. */
    private static String outcome(ExecutionResult result, Throwable error) {
        if (error != null || result == null) {
            return "failed";
        }
        if (result.getErrors().isEmpty()) {
            return "ok";
        }
        return result.isDataPresent() && result.getData() != null ? "partial" : "failed";
    }

    private Timer timer(Series series) {
        return Timer.builder(METER).description("GraphQL requests, parse to result, by operation")
                .tag("operation", series.name()).tag("type", series.type()).tag("outcome", series.outcome())
                .register(registry);
    }

    /** One request's start and, once it is known, the operation it runs. */
    private static final class Timing implements InstrumentationState {
        final long started;
        volatile String name;
        volatile String type = "unknown";

        Timing(long started) {
            this.started = started;
        }
    }

    private record Series(String name, String type, String outcome) {
    }
}
