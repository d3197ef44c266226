package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends every request of the hostile corpus ({@code src/test/resources/hostile/}) and checks that each
 * is answered before the client's timeout, with its documented status and code, in a JSON body whose
 * errors all carry a documented code and name no Java class, and that the service answers its health
 * check and a ticker query afterwards.
 */
@QuarkusTest
class HostileRequestsTest {

    /** The codes of the README's "Errors and limits" table. */
    static final Set<String> DOCUMENTED_CODES = Set.of("BAD_REQUEST", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "PERSISTED_QUERY_NOT_SUPPORTED", "GRAPHQL_PARSE_FAILED",
            "GRAPHQL_VALIDATION_FAILED", "OPERATION_RESOLUTION_FAILURE", "SUBSCRIPTION_REQUIRES_WEBSOCKET",
            "QUERY_TOO_COMPLEX", "BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED", "TIMEOUT", "SUBSCRIBER_TOO_SLOW",
            "UNAVAILABLE",
            "INTERNAL_SERVER_ERROR");

    private static final Pattern LEAK = Pattern.compile("java\\.|javax\\.|jakarta\\.|dev\\.assay|io\\.smallrye|io\\.vertx|"
            + "graphql\\.[a-z]|Exception|SRGQL|ANTLR|AST type|HashMap|ArrayList|\\b(?:String|Int|Float|Boolean|Enum|Object|Array|Null)Value\\b");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    static Stream<HostileRequest> corpus() throws IOException, URISyntaxException {
        Map<String, String> tokens = Map.of(
                "editor", Tokens.editor("hostile-editor"),
                "subscriber", Tokens.subscriber("hostile-subscriber"),
                "expired", Tokens.expired("hostile-editor"),
                "forged", Tokens.forged("hostile-editor"),
                "wrong-issuer", Tokens.wrongIssuer("hostile-editor"),
                "unsigned", unsigned());
        Path folder = Path.of(HostileRequestsTest.class.getResource("/hostile").toURI());
        return HostileRequest.corpus(folder, name -> {
            String token = tokens.get(name);
            if (token == null) {
                throw new IllegalArgumentException("No test token named " + name);
            }
            return token;
        });
    }

    @Test
    void theCodesCheckedAreTheCodesTheReadmeDocuments() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Errors and limits"), readme.indexOf("## Seed data"));
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(section);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertEquals(new TreeSet<>(DOCUMENTED_CODES), documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isAnsweredWithItsStatusAndCode(HostileRequest request) throws IOException {
        RawHttp http = new RawHttp(base.getHost(), base.getPort(), TIMEOUT);
        RawHttp.Response response = http.send(request.method(), request.target(), request.headers(), request.body());
        String what = request + " (" + request.description() + ")";
        assertEquals(request.status(), response.status(), () -> what + " answered " + response.text());
        if (HostileRequest.NO_BODY.equals(request.code())) {
            assertEquals(0, response.body().length, what + ": no body");
        } else {
            checkGraphQLResponse(what, request.code(), response);
        }
        assertHealthy(http);
    }

    private static void checkGraphQLResponse(String what, String expectedCode, RawHttp.Response response) throws IOException {
        String contentType = response.header("content-type");
        assertNotNull(contentType, what + ": a content type");
        assertTrue(contentType.startsWith("application/json") || contentType.startsWith("application/graphql-response+json"),
                what + ": a JSON media type, not " + contentType);
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.isObject(), what + ": a JSON object: " + response.text());
        JsonNode errors = body.get("errors");
        if (HostileRequest.OK.equals(expectedCode)) {
            assertTrue(errors == null || errors.isEmpty(), what + ": no errors, but " + errors);
            assertTrue(body.hasNonNull("data"), what + ": data");
            return;
        }
        assertTrue(errors != null && errors.isArray() && !errors.isEmpty(), what + ": errors: " + response.text());
        assertEquals(expectedCode, errors.get(0).path("extensions").path("code").asText(), what + ": " + response.text());
        for (JsonNode error : errors) {
            String code = error.path("extensions").path("code").asText();
            assertTrue(DOCUMENTED_CODES.contains(code), what + ": documented code, not '" + code + "' in " + error);
            String message = error.path("message").asText();
            assertFalse(message.isBlank(), what + ": a message");
            assertFalse(LEAK.matcher(message).find(), what + ": no engine or Java names in '" + message + "'");
        }
        assertFalse(response.text().contains("stackTrace"), what + ": no stack trace");
    }

    private static void assertHealthy(RawHttp http) throws IOException {
        assertEquals(200, http.send("GET", "/q/health/live", Map.of(), new byte[0]).status(), "alive");
        RawHttp.Response ticker = http.send("POST", "/graphql", Map.of("Content-Type", "application/json"),
                "{\"query\":\"{ ticker { label today } }\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ticker.status(), ticker.text());
        JsonNode entries = JSON.readTree(ticker.body()).path("data").path("ticker");
        assertTrue(entries.isArray() && !entries.isEmpty(), "the ticker still answers: " + ticker.text());
    }

    /** A token that claims to be an editor and is not signed at all ({@code alg: none}). */
    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"sub\":\"mallory\",\"groups\":[\"editor\"],\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
