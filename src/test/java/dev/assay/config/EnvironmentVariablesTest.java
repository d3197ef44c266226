package dev.assay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.assay.access.AccessConfig;
import dev.assay.cache.AnswerCacheConfig;
import dev.assay.database.DatabaseConfig;
import dev.assay.export.ExportConfig;
import dev.assay.graphql.GraphQLConfig;
import dev.assay.ingest.SeedConfig;
import dev.assay.ingest.job.IngestConfig;
import dev.assay.price.api.LiveConfig;
import dev.assay.ratelimit.RateLimitConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Every environment variable of the README's configuration table still sets its setting, and the defaults the
 * table states are the ones the service has. The settings of the features are read from their config mappings,
 * with the service's application.properties and an environment as the operator sets it (the prod profile).
 */
class EnvironmentVariablesTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([A-Z_]+)`(?: / `([A-Z_]+)`)? \\| (?:`([^`]*)`(?: / `([^`]*)`)?)?[^|]*\\|", Pattern.MULTILINE);

    /** The variables the config mappings read, each with the setting it sets and a value other than its default. */
    private static final Map<String, Setting> MAPPED = new LinkedHashMap<>();

    static {
        mapped("ASSAY_SEED_IMPORT_ON_START", c -> mapping(c, SeedConfig.class).importOnStart(), "false");
        mapped("ASSAY_GRAPHQL_MAX_DEPTH", c -> mapping(c, GraphQLConfig.class).maxDepth(), "9");
        mapped("ASSAY_GRAPHQL_MAX_COST_ANONYMOUS", c -> mapping(c, GraphQLConfig.class).maxCost().anonymous(), "123");
        mapped("ASSAY_GRAPHQL_MAX_COST_SIGNED_IN", c -> mapping(c, GraphQLConfig.class).maxCost().signedIn(), "456");
        mapped("ASSAY_GRAPHQL_TIME_LIMIT", c -> mapping(c, GraphQLConfig.class).timeLimit(), "3s");
        mapped("ASSAY_GRAPHQL_MAX_EXPANDED_FIELDS", c -> mapping(c, GraphQLConfig.class).maxExpandedFields(), "77");
        mapped("ASSAY_GRAPHQL_MAX_STRING_LENGTH", c -> mapping(c, GraphQLConfig.class).maxStringLength(), "88");
        mapped("ASSAY_RATE_LIMIT_BURST", c -> mapping(c, RateLimitConfig.class).burst(), "5");
        mapped("ASSAY_RATE_LIMIT_PER_MINUTE", c -> mapping(c, RateLimitConfig.class).perMinute(), "6");
        mapped("ASSAY_INGEST_INBOX", c -> mapping(c, IngestConfig.class).inbox(), "/srv/assay/inbox");
        mapped("ASSAY_INGEST_INTERVAL", c -> mapping(c, IngestConfig.class).interval(), "2m");
        mapped("ASSAY_INGEST_SETTLE", c -> mapping(c, IngestConfig.class).settle(), "1s");
        mapped("ASSAY_INGEST_HTTP_URLS", c -> mapping(c, IngestConfig.class).http().urls(),
                "https://feeds.example/a.csv,https://feeds.example/b.ndjson");
        mapped("ASSAY_INGEST_TRANSACTION_TIMEOUT", c -> mapping(c, IngestConfig.class).transactionTimeout(), "60");
        mapped("ASSAY_LIVE_BUFFER", c -> mapping(c, LiveConfig.class).buffer(), "10");
        mapped("ASSAY_EXPORT_FETCH_SIZE", c -> mapping(c, ExportConfig.class).fetchSize(), "50");
        mapped("ASSAY_EXPORT_STALL_TIMEOUT", c -> mapping(c, ExportConfig.class).stallTimeout(), "5s");
        mapped("ASSAY_ANSWER_CACHE_ENABLED", c -> mapping(c, AnswerCacheConfig.class).enabled(), "false");
        mapped("ASSAY_ANSWER_CACHE_MAX_ENTRIES", c -> mapping(c, AnswerCacheConfig.class).maxEntries(), "12");
        mapped("ASSAY_ANSWER_CACHE_MAX_SIZE", c -> mapping(c, AnswerCacheConfig.class).maxSize().asLongValue(), "2M");
        mapped("ASSAY_ANSWER_CACHE_MAX_ANSWER_SIZE", c -> mapping(c, AnswerCacheConfig.class).maxAnswerSize().asLongValue(), "64K");
        mapped("ASSAY_ANSWER_CACHE_LISTENER_CHECK_INTERVAL",
                c -> mapping(c, AnswerCacheConfig.class).listenerCheckInterval(), "9s");
    }

    @Test
    void eachMappedVariableSetsItsSetting() {
        for (var entry : MAPPED.entrySet()) {
            Setting setting = entry.getValue();
            Object byDefault = setting.read().apply(config(Map.of()));
            Object set = setting.read().apply(config(Map.of(entry.getKey(), setting.other())));
            assertNotEquals(byDefault, set, entry.getKey() + " does not change its setting");
        }
        assertEquals(5, mapping(config(Map.of("ASSAY_RATE_LIMIT_BURST", "5")), RateLimitConfig.class).burst());
        assertEquals(Optional.of("/srv/assay/inbox"),
                mapping(config(Map.of("ASSAY_INGEST_INBOX", "/srv/assay/inbox")), IngestConfig.class).inbox());
        assertEquals(Optional.of(List.of(URI.create("https://feeds.example/a.csv"), URI.create("https://feeds.example/b.ndjson"))),
                mapping(config(Map.of("ASSAY_INGEST_HTTP_URLS", MAPPED.get("ASSAY_INGEST_HTTP_URLS").other())),
                        IngestConfig.class).http().urls());
        assertEquals(Duration.ofSeconds(3), mapping(config(Map.of("ASSAY_GRAPHQL_TIME_LIMIT", "3s")), GraphQLConfig.class)
                .timeLimit());
    }

    @Test
    void theReadmeStatesTheDefaultsTheServiceHas() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String[] row : readmeRows()) {
            Setting setting = MAPPED.get(row[0]);
            if (setting != null && row[1] != null) {
                assertEquals(setting.read().apply(config(Map.of(row[0], row[1]))), setting.read().apply(config(Map.of())),
                        "the README's default of " + row[0] + " is not the service's");
                checked.add(row[0]);
            }
        }
        assertTrue(checked.containsAll(List.of("ASSAY_GRAPHQL_MAX_DEPTH", "ASSAY_RATE_LIMIT_PER_MINUTE",
                "ASSAY_INGEST_TRANSACTION_TIMEOUT", "ASSAY_EXPORT_STALL_TIMEOUT")), checked::toString);
    }

    /**
     * The variables no config mapping reads are written into application.properties by name, or read by the
     * embedded database's launcher before the configuration exists.
     */
    @Test
    void everyOtherVariableOfTheReadmeIsReadSomewhere() throws IOException {
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        String launcher;
        try (Stream<Path> sources = Files.walk(Path.of("src", "embedded", "java"))) {
            launcher = String.join("\n", sources.filter(Files::isRegularFile).map(EnvironmentVariablesTest::read).toList());
        }
        List<String[]> rows = readmeRows();
        assertFalse(rows.isEmpty(), "no configuration table found in the README");
        for (String[] row : rows) {
            String variable = row[0];
            if (variable.startsWith("ASSAY_") && !MAPPED.containsKey(variable)) {
                assertTrue(properties.contains("${" + variable + ":") || launcher.contains('"' + variable + '"'),
                        variable + " is in the README but nothing reads it");
            }
        }
    }

    /** The service's configuration as production reads it, with {@code environment} as the process environment. */
    private static SmallRyeConfig config(Map<String, String> environment) {
        try (InputStream in = EnvironmentVariablesTest.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> values = new LinkedHashMap<>();
            properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
            return new SmallRyeConfigBuilder().withProfile("prod").withValidateUnknown(false)
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                    .withSources(new PropertiesConfigSource(values, "application.properties", 250),
                            new EnvConfigSource(environment, 300))
                    .withMapping(SeedConfig.class).withMapping(GraphQLConfig.class).withMapping(RateLimitConfig.class)
                    .withMapping(IngestConfig.class).withMapping(LiveConfig.class).withMapping(ExportConfig.class)
                    .withMapping(AccessConfig.class).withMapping(DatabaseConfig.class)
                    .withMapping(AnswerCacheConfig.class)
                    .build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each row of the README's configuration table: its variables, with the default stated for each (or null). */
    private static List<String[]> readmeRows() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Deployment"));
        List<String[]> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            rows.add(new String[] {row.group(1), row.group(3)});
            if (row.group(2) != null) {
                rows.add(new String[] {row.group(2), row.group(4)});
            }
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T mapping(SmallRyeConfig config, Class<T> type) {
        return config.getConfigMapping(type);
    }

    private static void mapped(String variable, Function<SmallRyeConfig, Object> read, String other) {
        MAPPED.put(variable, new Setting(read, other));
    }

    private record Setting(Function<SmallRyeConfig, Object> read, String other) {
    }
}
