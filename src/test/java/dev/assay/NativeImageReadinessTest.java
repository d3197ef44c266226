package dev.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image cannot find out for itself, checked on the sources, so that a native build (which this
 * machine cannot run) does not fail at run time: service files and resources registered, no hand-built
 * validator, and the embedded PostgreSQL kept out of the service's own code.
 */
class NativeImageReadinessTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path SOURCES = Path.of("src", "main", "java");
    /**
     * Service interfaces whose providers Quarkus registers for the native image itself (its SmallRye GraphQL
     * processor; the error-extension SPI is the one quarkus#27414 once lost). Any other service file of ours
     * must be a declared native resource with providers registered for reflection.
     */
    private static final Set<String> REGISTERED_BY_QUARKUS = Set.of("io.smallrye.graphql.spi.EventingService",
            "io.smallrye.graphql.api.ErrorExtensionProvider", "io.smallrye.graphql.spi.LookupService");

    @Test
    void everyServiceFileReachesTheNativeImage() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("META-INF/services"))) {
            for (Path file : files.toList()) {
                String service = file.getFileName().toString();
                if (REGISTERED_BY_QUARKUS.contains(service)) {
                    continue;
                }
                if (!nativeResource("META-INF/services/" + service)) {
                    missing.add(service + " is not in quarkus.native.resources.includes");
                }
                for (String provider : providers(file)) {
                    if (!Class.forName(provider).isAnnotationPresent(RegisterForReflection.class)) {
                        missing.add(provider + " (a provider of " + service + ") lacks @RegisterForReflection");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theSeedsAreNativeResources() throws IOException {
        try (Stream<Path> seeds = Files.walk(RESOURCES.resolve("seeds"))) {
            List<String> left = seeds.filter(Files::isRegularFile).map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !nativeResource(name)).toList();
            assertEquals(List.of(), left, "seed files left out of the native image");
        }
    }

    @Test
    void noValidatorIsBuiltByHand() throws IOException {
        // A Validator built in code (rather than injected) drags Hibernate Validator's bootstrap, and its class
        // initialisation, into the image: quarkus#12452.
        assertEquals(List.of(), sourcesContaining("Validation.buildDefaultValidatorFactory", "Validation.byDefaultProvider",
                "Validation.byProvider"));
    }

    @Test
    void theServiceCodeDoesNotDependOnTheEmbeddedDatabase() throws IOException {
        // Production builds compile src/main alone, without the embedded PostgreSQL (src/embedded, zonky).
        assertEquals(List.of(), sourcesContaining("io.zonky", "EmbeddedDatabase", "AssayMain"));
        assertFalse(Files.exists(SOURCES.resolve("dev/assay/database/EmbeddedDatabase.java")));
        assertTrue(Files.exists(Path.of("src", "embedded", "java", "dev", "assay", "database", "EmbeddedDatabase.java")));
    }

    private static boolean nativeResource(String name) {
        return Arrays.stream(property("quarkus.native.resources.includes").split(","))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.trim()))
                .anyMatch((PathMatcher matcher) -> matcher.matches(Path.of(name)));
    }

    private static List<String> providers(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.replaceFirst("#.*", "").trim())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> sourcesContaining(String... needles) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    return Arrays.stream(needles).anyMatch(text::contains);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
    }

    private static String property(String key) {
        try {
            return Files.readAllLines(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + key));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
