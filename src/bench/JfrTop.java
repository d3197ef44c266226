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
 * <pre>java JfrTop.java RECORDING.jfr [TOP] [FRAME]</pre>
 *
 * With FRAME (a substring of a frame's class and method), prints instead the most frequent call paths of
 * the CPU samples that pass through it, to find who calls a hot frame.
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
        if (args.length > 2) {
            callers(Path.of(args[0]), args[2], top);
            return;
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusiveAssay = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        Map<String, Integer> innermost = new HashMap<>();
        Map<String, Integer> otherPackages = new HashMap<>();
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
            String owner = innermostLayer(stack.getFrames());
            innermost.merge(owner, 1, Integer::sum);
            if (owner.equals(OTHER)) {
                otherPackages.merge(packageOf(firstInteresting(stack)), 1, Integer::sum);
            }
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
        table("Where the CPU samples go: each sample counted once, in the innermost layer on its stack "
                + "(JDK frames count for their caller)", innermost, samples, LAYERS.size() + 1);
        table("Packages of the samples in no listed layer", otherPackages, samples, 8);
        table("Top frames by self CPU samples", self, samples, top);
        table("Assay methods by inclusive CPU samples", inclusiveAssay, samples, top);
        table("CPU samples under each layer (a sample can be under several)", layers, samples, LAYERS.size());
        table("Native-method samples by first non-JDK frame", nativeTop, nativeSamples, 8);
    }

    static void callers(Path recording, String frameName, int top) throws IOException {
        Map<String, Integer> paths = new HashMap<>();
        int matching = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            for (int i = 0; i < frames.size(); i++) {
                if (name(frames.get(i)).contains(frameName)) {
                    matching++;
                    StringBuilder path = new StringBuilder();
                    for (int j = i; j < Math.min(frames.size(), i + 14); j++) {
                        path.append("    ").append(name(frames.get(j))).append(':')
                                .append(frames.get(j).getLineNumber()).append('\n');
                    }
                    paths.merge(path.toString(), 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf("%d CPU samples pass through %s; most frequent paths (callee first):%n%n", matching, frameName);
        paths.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%d samples:%n%s%n", e.getValue(), e.getKey()));
    }

    static final String OTHER = "other (Quarkus, SmallRye context, CDI, ...)";

    /** The layer of the frame nearest the top of the stack that belongs to one; JDK frames belong to their caller. */
    static String innermostLayer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String method = name(frame);
            for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                if (layer.getValue().stream().anyMatch(method::startsWith)) {
                    return layer.getKey();
                }
            }
            if (!method.startsWith("java.") && !method.startsWith("jdk.") && !method.startsWith("sun.")) {
                return OTHER;
            }
        }
        return OTHER;
    }

    static String packageOf(String method) {
        String[] parts = method.split("\\.");
        return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : method;
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
