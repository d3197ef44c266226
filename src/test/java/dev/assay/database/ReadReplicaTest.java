package dev.assay.database;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * With a read replica configured, bulk exports of partners read from it and exports of editors, who write,
 * from the primary. The "replica" here is the test database itself under another application name, which is
 * how the test tells the two pools apart.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
class ReadReplicaTest {

    static final String REPLICA_APPLICATION = "assay-read-replica-test";

    /** The replica datasource pointed at the test database, its connections named. */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.replica.jdbc.url", "${quarkus.datasource.jdbc.url}",
                    "quarkus.datasource.replica.jdbc.additional-jdbc-properties.ApplicationName", REPLICA_APPLICATION);
        }
    }

    @Inject
    ReadDataSources dataSources;

    @Inject
    EntityManager em;

    @Test
    void partnersExportFromTheReplicaAndEditorsFromThePrimary() {
        assertTrue(dataSources.replicaConfigured());
        assertEquals(0, replicaConnections(), "no read has gone to the replica yet");

        export(Tokens.editor("editor-" + UUID.randomUUID()));
        assertEquals(0, replicaConnections(), "an editor's export reads its own writes, on the primary");

        export(Tokens.partner("partner-" + UUID.randomUUID()));
        assertTrue(replicaConnections() >= 1, "a partner's export went to the replica");
    }

    @Test
    void readinessCoversTheReplica() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("checks.find { it.name == 'Database connections health check' }.data.replica"));
    }

    private static void export(String token) {
        String csv = given().header("Authorization", "Bearer " + token).get("/export/prices.csv?commodity=cobalt")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("commodity,date,value\r\ncobalt,"), csv);
    }

    private long replicaConnections() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name")
                .setParameter("name", REPLICA_APPLICATION).getSingleResult()).longValue();
    }
}
