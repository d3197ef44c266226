package dev.assay.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The server process a data folder's {@code postmaster.pid} names, if that process is still a PostgreSQL server. */
final class PostmasterPid {

    static final String FILE = "postmaster.pid";

    private PostmasterPid() {
    }

    /** The running server of {@code dataDirectory}, or empty when there is none (no pid file, or a stale one). */
    static Optional<ProcessHandle> runningServer(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostmasterPid::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }
}
