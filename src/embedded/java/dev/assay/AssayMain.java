package dev.assay;

import java.util.Map;

import dev.assay.database.EmbeddedDatabase;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: with no database configured, starts the embedded PostgreSQL before Quarkus boots,
 * so the service runs on a real database with nothing installed. A start-up that fails ends with one line
 * saying why, after the details.
 */
@QuarkusMain
public class AssayMain {

    public static void main(String... args) {
        if (ImageMode.current() != ImageMode.NATIVE_RUN && !EmbeddedDatabase.externalDatabaseConfigured()) {
            Map<String, String> settings = EmbeddedDatabase.start();
            settings.forEach(System::setProperty);
            Log.infof("No database configured: started the embedded PostgreSQL at %s, data in %s",
                    settings.get("quarkus.datasource.jdbc.url"),
                    EmbeddedDatabase.dataDirectory() == null ? "a temporary folder" : EmbeddedDatabase.dataDirectory());
        }
        Quarkus.run(Service.class, AssayMain::exit, args);
    }

    private static void exit(int code, Throwable failure) {
        if (failure != null && StartupFailure.isMigration(failure)) {
            Log.errorf("Assay did not start: %s", StartupFailure.describe(failure));
        } else if (failure != null) {
            Log.errorf(failure, "Assay did not start: %s", StartupFailure.describe(failure));
        }
        System.exit(code == 0 && failure != null ? 1 : code);
    }

    /** Runs until asked to stop. */
    public static class Service implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
