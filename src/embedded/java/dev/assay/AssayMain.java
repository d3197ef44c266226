package dev.assay;

import java.util.Map;

import dev.assay.database.EmbeddedDatabase;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: with no database configured, starts the embedded PostgreSQL before Quarkus boots,
 * so the service runs on a real database with nothing installed.
 */
@QuarkusMain
public class AssayMain {

    public static void main(String... args) {
        if (ImageMode.current() != ImageMode.NATIVE_RUN && !EmbeddedDatabase.externalDatabaseConfigured()) {
            Map<String, String> settings = EmbeddedDatabase.start();
            settings.forEach(System::setProperty);
            Log.infof("No database configured: started the embedded PostgreSQL at %s",
                    settings.get("quarkus.datasource.jdbc.url"));
        }
        Quarkus.run(args);
    }
}
