package dev.assay;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way, read from the compiled service (not the tests): pure calculations import the JDK
 * alone, shared code imports no feature, and no two packages import each other, directly or round a circle.
 * The README's package graph is the one the imports draw; after a deliberate change of layout,
 * {@code -Dassay.layout.update=true} rewrites it.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.assay";

    /** Pure calculations: plain Java over values, no framework, not even an annotation. */
    static final String[] PURE = {"dev.assay.price.calc..", "dev.assay.article.mention.."};

    /** Code every feature may use, which therefore uses none of them. */
    static final String[] SHARED = {"dev.assay.cache..", "dev.assay.common..", "dev.assay.config..", "dev.assay.database..",
            "dev.assay.graphql..", "dev.assay.metrics..", "dev.assay.ratelimit.."};

    private static final Path README = Path.of("README.md");
    private static final String GRAPH_START = "<!-- package-graph: drawn by ArchitectureTest -->";
    private static final String GRAPH_END = "<!-- /package-graph -->";

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void pureCalculationsImportOnlyTheJdk() {
        classes().that().resideInAnyPackage(PURE).should().onlyDependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Stream.of("java.."), Stream.of(PURE)).toArray(String[]::new))
                .because("calculations are plain Java over values: no CDI, Panache or GraphQL, no annotations")
                .check(SERVICE);
    }

    @Test
    void sharedCodeImportsNoFeature() {
        classes().that().resideInAnyPackage(SHARED).should()
                .onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(SHARED)))
                .because("every feature builds on the shared packages, so they cannot build on a feature")
                .check(SERVICE);
    }

    @Test
    void noPackagesImportEachOther() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .because("dependencies point one way: a package two others need from each other is misplaced")
                .check(SERVICE);
    }

    @Test
    void theReadmeDrawsThePackageGraphOfTheImports() throws IOException {
        String graph = mermaid(layers(packageDependencies()));
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(GRAPH_START);
        int end = readme.indexOf(GRAPH_END);
        String drawn = start < 0 || end < start ? "" : readme.substring(start + GRAPH_START.length() + 1, end);
        if (Boolean.getBoolean("assay.layout.update") && start >= 0 && end > start) {
            Files.writeString(README, readme.substring(0, start + GRAPH_START.length() + 1) + graph
                    + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(graph, drawn, "the README's package graph is not the one the imports draw: rerun with "
                + "-Dassay.layout.update=true and commit the README");
    }

    /** Each package of the service (below the launcher's root package) with the packages it imports. */
    static Map<String, Set<String>> packageDependencies() {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (JavaClass type : SERVICE) {
            String from = type.getPackageName();
            if (!from.startsWith(ROOT + ".")) {
                continue;
            }
            Set<String> targets = imports.computeIfAbsent(from, p -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (to.startsWith(ROOT + ".") && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return imports;
    }

    /** The imports less those another path implies, so that the drawing shows the layers. */
    static Map<String, Set<String>> layers(Map<String, Set<String>> imports) {
        Map<String, Set<String>> reduced = new TreeMap<>();
        imports.forEach((from, targets) -> {
            Set<String> kept = new TreeSet<>();
            for (String to : targets) {
                if (!reachableAvoiding(imports, from, to)) {
                    kept.add(to);
                }
            }
            reduced.put(from, kept);
        });
        return reduced;
    }

    /** Whether {@code to} is reachable from {@code from} other than by the direct edge between them. */
    private static boolean reachableAvoiding(Map<String, Set<String>> imports, String from, String to) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        imports.getOrDefault(from, Set.of()).stream().filter(next -> !next.equals(to)).forEach(pending::add);
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                pending.addAll(imports.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    private static String mermaid(Map<String, Set<String>> edges) {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart TD\n");
        edges.forEach((from, targets) -> {
            if (targets.isEmpty()) {
                out.append("  ").append(node(from)).append('\n');
            }
            targets.forEach(to -> out.append("  ").append(node(from)).append(" --> ").append(node(to)).append('\n'));
        });
        return out.append("```\n").toString();
    }

    private static String node(String pkg) {
        String name = pkg.substring(ROOT.length() + 1);
        return name.replace('.', '_') + "[" + name.replace('.', '/') + "]";
    }
}
