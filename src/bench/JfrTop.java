import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording as markdown: the top frames by self samples, the
 * service's own methods by inclusive samples, and the share of samples spent under each layer.
 *
 * <pre>java JfrTop.java RECORDING.jfr [TOP]</pre>
 */
public final class JfrTop {

    /** Layers, by the first package prefix that matches a frame; a sample counts once per layer it passes through. */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();
    static {
        LAYERS.put("Assay code (dev.assay)", List.of("dev.assay."));
        LAYERS.put("GraphQL execution (graphql-java, SmallRye GraphQL)", List.of("graphql.", "io.smallrye.graphql."));
        LAYERS.put("Hibernate ORM", List.of("org.hibernate."));
        LAYERS.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        LAYERS.put("Agroal pool / Narayana", List.of("io.agroal.", "com.arjuna.", "io.quarkus.narayana."));
        LAYERS.put("JSON writing (Jakarta JSON / Jackson / Yasson)", List.of("org.eclipse.parsson.", "org.glassfish.json.",
                "com.fasterxml.jackson.", "org.eclipse.yasson.", "jakarta.json."));
        LAYERS.put("BigDecimal arithmetic", List.of("java.math."));
        LAYERS.put("Vert.x / Netty I/O", List.of("io.vertx.", "io.netty."));
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusiveAssay = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        int samples = 0;
        int nativeSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.NativeMethodSample")) {
                nativeSamples++;
                nativeTop.merge(firstInteresting(stack), 1, Integer::sum);
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            samples++;
            self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            Set<String> seenLayers = new HashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String method = name(frame);
                if (method.startsWith("dev.assay.") && seen.add(method)) {
                    inclusiveAssay.merge(method, 1, Integer::sum);
                }
                LAYERS.forEach((layer, prefixes) -> {
                    if (prefixes.stream().anyMatch(method::startsWith) && seenLayers.add(layer)) {
                        layers.merge(layer, 1, Integer::sum);
                    }
                });
            }
        }
        System.out.printf("CPU samples (jdk.ExecutionSample): %d; samples of threads in native code "
                + "(jdk.NativeMethodSample, mostly waiting on sockets): %d%n%n", samples, nativeSamples);
        table("Top frames by self CPU samples", self, samples, top);
        table("Assay methods by inclusive CPU samples", inclusiveAssay, samples, top);
        table("CPU samples under each layer (a sample can be under several)", layers, samples, LAYERS.size());
        table("Native-method samples by first non-JDK frame", nativeTop, nativeSamples, 8);
    }

    static String firstInteresting(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String method = name(frame);
            if (!method.startsWith("java.") && !method.startsWith("sun.") && !method.startsWith("jdk.")) {
                return method;
            }
        }
        return name(stack.getFrames().get(0));
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static void table(String title, Map<String, Integer> counts, int total, int top) {
        System.out.printf("**%s**%n%n| samples | share | frame |%n|---:|---:|---|%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("| %d | %.1f %% | `%s` |%n", e.getValue(),
                        total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getKey()));
        System.out.println();
    }
}
