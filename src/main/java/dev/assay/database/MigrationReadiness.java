package dev.assay.database;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import io.quarkus.logging.Log;

/**
 * Readiness of the schema: ready once every migration this build ships is applied and none has failed. A
 * migration that a newer replica already applied during a rolling update ("future") leaves this one ready.
 * Once the schema is found up to date the answer is kept: applied migrations do not come undone, and the
 * probe then costs no query (the database's own check still runs on every probe).
 */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    static final String NAME = "Database migrations";

    @Inject
    Flyway flyway;

    private volatile HealthCheckResponse upToDate;

    @Override
    public HealthCheckResponse call() {
        if (upToDate != null) {
            return upToDate;
        }
        try {
            HealthCheckResponse response = assess(flyway.info());
            if (response.getStatus() == HealthCheckResponse.Status.UP) {
                upToDate = response;
            }
            return response;
        } catch (FlywayException e) {
            Log.warnf("Readiness: could not read the migration history: %s", e.getMessage());
            return HealthCheckResponse.named(NAME).down().withData("error", "the migration history could not be read")
                    .build();
        }
    }

    /** The readiness that a migration history amounts to. */
    static HealthCheckResponse assess(MigrationInfoService info) {
        MigrationInfo current = info.current();
        int pending = info.pending().length;
        long failed = Arrays.stream(info.all()).filter(migration -> migration.getState().isFailed()).count();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("schemaVersion", current == null ? "none" : current.getVersion().getVersion())
                .withData("pending", pending)
                .withData("failed", failed);
        return response.status(pending == 0 && failed == 0).build();
    }
}
