package dev.assay.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/** A graphql-transport-ws client over java.net.http, as a browser or a partner's backend would use one. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    /** How a connection was closed by the server. */
    public record Closing(int code, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closing> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects with the token on the upgrade request (null: anonymous) and completes the handshake. */
    public static LiveClient connect(String token) throws Exception {
        return connect(token, Map.of());
    }

    /** Connects with the token on the upgrade request (null: none) and {@code init} as connection_init's payload. */
    public static LiveClient connect(String token, Map<String, Object> init) throws Exception {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), client)
                .get(10, TimeUnit.SECONDS);
        client.send(Map.of("type", "connection_init", "payload", init));
        client.next("connection_ack");
        return client;
    }

    /** Starts an operation and waits until the server has it in place (a ping answered after it). */
    public void subscribe(String id, String query) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
        send(Map.of("type", "ping"));
        next("pong");
    }

    /** The next message of {@code type}, skipping pings and pongs; fails on an error message or after 30 s. */
    public JsonNode next(String type) throws InterruptedException {
        while (true) {
            JsonNode message = messages.poll(30, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no '" + type + "' message arrived" + closedSuffix());
            }
            String got = message.path("type").asText();
            if (type.equals(got)) {
                return message;
            }
            if ("ping".equals(got)) {
                send(Map.of("type", "pong"));
            } else if (!"pong".equals(got)) {
                throw new AssertionError("expected '" + type + "', got " + message);
            }
        }
    }

    /** The next message other than a ping or pong, or null when none comes within {@code wait}. */
    public JsonNode poll(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            JsonNode message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || !List.of("ping", "pong").contains(message.path("type").asText())) {
                return message;
            }
            if ("ping".equals(message.path("type").asText())) {
                send(Map.of("type", "pong"));
            }
        }
    }

    /** Every message that has arrived so far, pings and pongs left out. */
    public List<JsonNode> drain() {
        List<JsonNode> all = new ArrayList<>();
        messages.drainTo(all);
        all.removeIf(message -> List.of("ping", "pong").contains(message.path("type").asText()));
        return all;
    }

    /** How the server closed the connection, once it has. */
    public CompletableFuture<Closing> closed() {
        return closed;
    }

    public void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closing(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }
    }

    private String closedSuffix() {
        return closed.isDone() ? "; the connection was closed: " + closed.getNow(null) : "";
    }
}
