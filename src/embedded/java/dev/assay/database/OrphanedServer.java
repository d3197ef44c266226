package dev.assay.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkus.logging.Log;

/**
 * Takes over a persistent data folder whose last run was killed: a PostgreSQL server still running on it, orphaned
 * by its JVM, is stopped (fast shutdown: its open transactions are rolled back), so the new run can start its own.
 * Whatever the old server had committed is kept; PostgreSQL recovers the folder from its log when it starts.
 */
final class OrphanedServer {

    private static final long STOP_WAIT_SECONDS = 60;

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = PostmasterPid.runningServer(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        Log.warnf("A PostgreSQL server (pid %d) left by an earlier run still holds %s; stopping it", server.pid(),
                dataDirectory);
        signal(server, "INT");
        if (!exited(server)) {
            Log.warnf("The PostgreSQL server (pid %d) did not stop within %d s; stopping it immediately", server.pid(),
                    STOP_WAIT_SECONDS);
            signal(server, "QUIT");
            if (!exited(server)) {
                throw new IOException("the PostgreSQL server (pid " + server.pid() + ") left by an earlier run on "
                        + dataDirectory + " does not stop; stop it and start again");
            }
        }
    }

    private static void signal(ProcessHandle server, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid())).inheritIO().start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL server " + server.pid(), e);
        }
    }

    private static boolean exited(ProcessHandle server) throws IOException {
        try {
            server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !server.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL server " + server.pid(), e);
        }
    }
}
