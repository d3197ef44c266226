package dev.assay.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assay.support.EmbeddedDatabaseProcess;

/**
 * The quick start's database keeps what it was given: across a normal stop and start (durably: fsync on), and
 * across a run killed with SIGKILL, which leaves no orphaned server behind and whose folder the next start takes
 * over, with committed work kept and work in flight rolled back. Each run is a JVM of its own, as the service is.
 */
class EmbeddedDatabaseCrashTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aValueSurvivesAStopAndAStartOfThePersistentDefault() throws Exception {
        assertEquals(0, run("write", "first").waitFor());

        List<String> read = output(run("read"));

        assertTrue(read.contains("kept=first"), read.toString());
        assertTrue(read.contains("fsync=on"), "durable settings whenever data persists: " + read);
    }

    @Test
    void aKilledRunLeavesNoOrphanAndTheNextStartRecoversTheFolder() throws Exception {
        Process killed = hang();
        ProcessHandle server = server();

        killed.destroyForcibly().waitFor();

        assertTrue(server.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).get() != null && !server.isAlive(),
                "the server did not outlive its JVM");
        List<String> read = output(run("read"));
        assertTrue(read.contains("kept=committed"), read.toString());
        assertFalse(read.contains("kept=in-flight"), "work in flight is rolled back: " + read);
    }

    @Test
    void aServerOrphanedWithoutItsWatchdogIsStoppedByTheNextStart() throws Exception {
        Process killed = hang();
        ProcessHandle server = server();
        // Everything the JVM started goes with it, the watchdog too: the server alone is left
        for (ProcessHandle child : killed.toHandle().descendants().toList()) {
            if (child.pid() != server.pid() && child.info().command().map(c -> c.endsWith("sh")).orElse(false)) {
                child.destroyForcibly();
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        killed.destroyForcibly().waitFor();
        Thread.sleep(2_000);
        assertTrue(server.isAlive(), "an orphan is left, as before the watchdog");

        List<String> read = output(run("read"));

        assertTrue(read.contains("kept=committed"), read.toString());
        assertFalse(server.isAlive(), "the next start stopped the orphan");
    }

    private Process hang() throws Exception {
        Process process = run("hang", "committed", "in-flight");
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
            if (line == null) {
                throw new AssertionError("the run ended before it was ready");
            }
        }
        return process;
    }

    private ProcessHandle server() throws IOException {
        String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }

    private Process run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseProcess.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(EmbeddedDatabase.DATA_DIR_ENV, dataDirectory.toString());
        builder.environment().remove(EmbeddedDatabase.EPHEMERAL_ENV);
        builder.environment().remove(EmbeddedDatabase.PORT_ENV);
        return builder.start();
    }

    private static List<String> output(Process process) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertEquals(0, process.waitFor(), "the run ended normally: " + lines);
        return lines;
    }
}
