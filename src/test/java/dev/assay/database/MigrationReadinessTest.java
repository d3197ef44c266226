package dev.assay.database;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Readiness covers the database and the migrations: ready only with every shipped migration applied. */
@QuarkusTest
class MigrationReadinessTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceIsReadyWithTheDatabaseUpAndTheSchemaAtTheLatestMigration() throws IOException {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        assertEquals("UP", health.getString("status"));
        assertEquals("UP", check(health, "Database connections health check").get("status"));
        Map<String, Object> migrations = check(health, MigrationReadiness.NAME);
        assertEquals("UP", migrations.get("status"));
        assertEquals(Map.of("schemaVersion", latestShippedVersion(), "pending", 0, "failed", 0), migrations.get("data"));
    }

    @Test
    void aSchemaWithoutTheMigrationsIsNotReady() throws IOException {
        // A schema of the same database where no migration ran: everything this build ships is pending
        Flyway unmigrated = Flyway.configure().dataSource(dataSource).schemas("readiness_unmigrated")
                .locations("filesystem:" + MIGRATIONS).load();

        HealthCheckResponse response = MigrationReadiness.assess(unmigrated.info());

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(shippedMigrations().size(), ((Number) response.getData().orElseThrow().get("pending")).intValue());
        assertEquals("none", response.getData().orElseThrow().get("schemaVersion"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> check(JsonPath health, String name) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No readiness check " + name + " in " + checks));
    }

    private static String latestShippedVersion() throws IOException {
        return shippedMigrations().stream().map(name -> name.substring(1, name.indexOf("__")))
                .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).orElseThrow();
    }

    private static List<String> shippedMigrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql")).toList();
        }
    }
}
