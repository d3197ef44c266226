package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served SDL, byte for byte, loads in graphql-js, the reference implementation that most JavaScript
 * tooling (GraphQL Code Generator, Apollo) parses schemas with. The test installs graphql-js with npm
 * into {@code target/graphql-js} on its first run; it is skipped only where node or npm is not installed.
 */
@QuarkusTest
class ServedSchemaGraphQLJsTest {

    /** Pinned like every dependency of the build. */
    private static final String GRAPHQL_JS_VERSION = "16.15.0";
    private static final Path FOLDER = Path.of("target", "graphql-js");

    /** Builds and validates the schema, then lists its custom scalars as JSON; errors go to stderr, exit 1. */
    private static final String BUILD_SCHEMA = """
            const { buildSchema, validateSchema, isScalarType, isSpecifiedScalarType } = require('graphql');
            const schema = buildSchema(require('fs').readFileSync(process.argv[1], 'utf8'));
            const errors = validateSchema(schema);
            if (errors.length > 0) {
              console.error(errors.map(error => error.message).join('\\n'));
              process.exit(1);
            }
            const scalars = {};
            for (const type of Object.values(schema.getTypeMap())) {
              if (isScalarType(type) && !isSpecifiedScalarType(type)) {
                scalars[type.name] = { description: type.description, url: type.specifiedByURL ?? null };
              }
            }
            console.log(JSON.stringify(scalars));
            """;

    @Test
    void theServedSdlBuildsInGraphQLJsWithEveryScalarSpecified() throws Exception {
        assumeTrue(succeeds("node", "--version") && succeeds("npm", "--version"),
                "node and npm are not installed: the served schema is not checked with graphql-js");
        installGraphQLJs();
        Path sdl = FOLDER.resolve("served-schema.graphql");
        Files.writeString(sdl, SchemaContractTest.servedSchema(), StandardCharsets.UTF_8);

        String scalars = run(List.of("node", "-e", BUILD_SCHEMA, sdl.getFileName().toString()), 60);

        Map<String, Object> expected = new TreeMap<>();
        ScalarSpecifications.SCALARS.forEach((name, specification) -> {
            Map<String, Object> scalar = new TreeMap<>();
            scalar.put("description", specification.description());
            scalar.put("url", specification.url());
            expected.put(name, scalar);
        });
        assertEquals(expected, new TreeMap<>(JsonPath.from(scalars).getMap("")));
    }

    private static void installGraphQLJs() throws IOException, InterruptedException {
        Path installed = FOLDER.resolve(Path.of("node_modules", "graphql", "package.json"));
        if (Files.exists(installed) && GRAPHQL_JS_VERSION.equals(JsonPath.from(installed.toFile()).getString("version"))) {
            return;
        }
        run(List.of("npm", "install", "--prefix", FOLDER.toAbsolutePath().toString(), "--no-save", "--no-audit",
                "--no-fund", "--loglevel=error", "graphql@" + GRAPHQL_JS_VERSION), 300);
    }

    /** Runs a command in {@link #FOLDER} and answers its standard output; fails with its output otherwise. */
    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(FOLDER);
        Path output = FOLDER.resolve("command.out");
        Path errors = FOLDER.resolve("command.err");
        Process process = new ProcessBuilder(command).directory(FOLDER.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        String name = String.join(" ", command.subList(0, 2));
        // Not a timing assertion: a guard against a hung process
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(name + " did not finish within " + timeoutSeconds + " s");
        }
        String stdout = Files.readString(output);
        if (process.exitValue() != 0) {
            fail(name + " failed (exit " + process.exitValue() + "):\n" + Files.readString(errors) + stdout);
        }
        return stdout;
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
