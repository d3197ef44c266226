package dev.assay.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.assay.database.EmbeddedDatabase;

/**
 * Another instance of the packaged service, started as a process beside the one an integration test runs, on the
 * same database: the native executable when the build made one, else the JVM jar. It imports no seeds (the first
 * instance did) and trusts the test key's public half.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SecondInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it and waits until it is ready, its answer cache following the data version. */
    public static SecondInstance start() throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("target", "second-instance.log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        Path nativeExecutable = Path.of(System.getProperty("native.image.path", "target/none"));
        if (Files.isExecutable(nativeExecutable)) {
            command.add(nativeExecutable.toAbsolutePath().toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Map<String, String> database = database();
        command.add("-Dquarkus.http.port=" + port);
        database.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dassay.seed.import-on-start=false");
        command.add("-Dmp.jwt.verify.publickey.location="
                + Path.of("target", "test-classes", "test-keys", "publicKey.pem").toAbsolutePath());
        if (!Files.isExecutable(nativeExecutable)) {
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(EmbeddedDatabase.ENABLED_ENV, "false");
        SecondInstance instance = new SecondInstance(builder.start(), port, log);
        instance.awaitReady();
        return instance;
    }

    /** The base URL, for RestAssured's {@code baseUri} or a request of its own. */
    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The datasource settings of the database the first instance was handed. */
    private static Map<String, String> database() {
        String url = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
        if (url != null) {
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", orEmpty(setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username")),
                    "quarkus.datasource.password", orEmpty(setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password")));
        }
        // The one server of this test run, which the first instance was pointed at
        return EmbeddedDatabase.start(EmbeddedDatabase.Mode.EPHEMERAL);
    }

    private static String setting(String environment, String property) {
        String value = System.getenv(environment);
        value = value == null || value.isBlank() ? System.getProperty(property) : value;
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().replace(" ", "").contains("\"listening\":true")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The second instance was not ready in 3 minutes: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
