package dev.assay.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies {@link PostgresTestResource} to every @QuarkusTest of the run. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public final class DatabaseTestProfile {

    private DatabaseTestProfile() {
    }
}
