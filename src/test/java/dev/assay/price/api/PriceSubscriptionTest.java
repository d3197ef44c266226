package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** A real WebSocket client (graphql-transport-ws) receives prints recorded by an editor, if entitled. */
@QuarkusTest
class PriceSubscriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD = """
            mutation Record($c: String!, $d: Date!, $v: BigDecimal!) {
              recordPrint(commodity: $c, date: $d, value: $v) { outcome } }""";

    @Inject
    TestSeries series;

    @AfterEach
    void removeTestSeries() {
        series.deleteSector("live-test");
    }

    @Test
    void aSubscriberReceivesAPrintRecordedByAnEditorButNotAProtectedOneItMayNotSee() throws Exception {
        String open = "live-" + UUID.randomUUID().toString().substring(0, 6);
        String closed = "live-pro-" + UUID.randomUUID().toString().substring(0, 6);
        series.create(open, "live-test", "WEEKLY", null, "2026-10-07", "100");
        series.create(closed, "live-test", "WEEKLY", "live-pro");
        try (Client subscriber = Client.connect(Tokens.subscriber("watcher", "other-tier"))) {
            subscriber.subscribe("subscription { pricePublished(commodities: [\"" + open + "\", \"" + closed + "\"]) "
                    + "{ commodity { slug } print { date value } outcome deltas { basis computed } } }");
            String editor = Tokens.editor("editor-live");
            record(editor, closed, "2026-10-14", "999.99");
            record(editor, open, "2026-10-14", "110");

            JsonNode next = subscriber.nextOfType("next");
            JsonNode publication = next.path("payload").path("data").path("pricePublished");
            assertEquals(open, publication.path("commodity").path("slug").asText(), "the protected print never arrives");
            assertEquals("2026-10-14", publication.path("print").path("date").asText());
            assertEquals(0, new java.math.BigDecimal("110").compareTo(publication.path("print").path("value").decimalValue()));
            assertEquals("CREATED", publication.path("outcome").asText());
            assertEquals("PREVIOUS", publication.path("deltas").get(0).path("basis").asText());
            assertEquals(0, new java.math.BigDecimal("10").compareTo(publication.path("deltas").get(0).path("computed").decimalValue()));
        }
    }

    @Test
    void aSubscriberHoldingTheTierReceivesTheProtectedPrint() throws Exception {
        String closed = "live-pro-" + UUID.randomUUID().toString().substring(0, 6);
        series.create(closed, "live-test", "WEEKLY", "live-pro", "2026-10-07", "500");
        try (Client subscriber = Client.connect(Tokens.subscriber("insider", "live-pro"))) {
            subscriber.subscribe("subscription { pricePublished(commodities: [\"" + closed + "\"]) "
                    + "{ commodity { slug } print { value } } }");
            record(Tokens.editor("editor-live"), closed, "2026-10-14", "505");
            JsonNode publication = subscriber.nextOfType("next").path("payload").path("data").path("pricePublished");
            assertEquals(closed, publication.path("commodity").path("slug").asText());
        }
    }

    private static void record(String token, String slug, String date, String value) {
        JsonPath written = GraphQLClient.postQueryAs(token, RECORD, Map.of("c", slug, "d", date, "v", new java.math.BigDecimal(value)));
        assertNull(written.get("errors"), () -> written.prettify());
    }

    /** A minimal graphql-transport-ws client over java.net.http. */
    static final class Client implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Client connect(String token) throws Exception {
            Client client = new Client();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .header("Authorization", "Bearer " + token)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), client)
                    .get(10, TimeUnit.SECONDS);
            client.send("{\"type\":\"connection_init\",\"payload\":{}}");
            client.nextOfType("connection_ack");
            return client;
        }

        void subscribe(String query) throws Exception {
            send(JSON.writeValueAsString(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", query))));
            // The subscription is registered asynchronously; a ping round trip makes sure it is in place.
            send("{\"type\":\"ping\"}");
            nextOfType("pong");
        }

        JsonNode nextOfType(String type) throws InterruptedException {
            while (true) {
                JsonNode message = messages.poll(30, TimeUnit.SECONDS);
                assertTrue(message != null, "no '" + type + "' message arrived");
                if (type.equals(message.path("type").asText())) {
                    return message;
                }
                assertTrue(!"error".equals(message.path("type").asText()), message.toString());
            }
        }

        private void send(String text) {
            socket.sendText(text, true).join();
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
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
