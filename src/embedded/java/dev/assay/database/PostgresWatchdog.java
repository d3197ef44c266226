package dev.assay.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.quarkus.logging.Log;

/**
 * A small process that outlives this JVM: if the JVM dies without stopping its embedded server (kill -9, a crash),
 * the watchdog stops that server within a second (fast shutdown), so that no orphaned PostgreSQL keeps running.
 * It signals the one server process it was given, and only while that process still serves the same folder.
 */
final class PostgresWatchdog {

    // $1 JVM pid, $2 server pid, $3 data folder
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            case "$(ps -o args= -p "$2" 2>/dev/null)" in *"$3"*) kill -INT "$2" ;; esac
            """;

    private final Process process;

    private PostgresWatchdog(Process process) {
        this.process = process;
    }

    /** Watches the server now running on {@code dataDirectory}; null where no POSIX shell is available. */
    static PostgresWatchdog guard(Path dataDirectory) {
        try {
            Optional<ProcessHandle> server = PostmasterPid.runningServer(dataDirectory);
            if (server.isEmpty() || System.getProperty("os.name", "").startsWith("Windows")) {
                return null;
            }
            Process process = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "assay-postgres-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(server.get().pid()),
                    dataDirectory.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostgresWatchdog(process);
        } catch (IOException e) {
            Log.warnf("Could not start the watchdog of the embedded PostgreSQL (%s); a killed run leaves its server "
                    + "to the next start to stop", e.getMessage());
            return null;
        }
    }

    /** Stands the watchdog down before the server is stopped normally. */
    void dismiss() {
        process.destroy();
    }
}
