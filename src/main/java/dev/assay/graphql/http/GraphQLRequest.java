package dev.assay.graphql.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.vertx.core.MultiMap;

/**
 * The members of a GraphQL-over-HTTP request, read from a POST body or a GET query string and checked
 * for what the specification requires: {@code query} a string, {@code operationName} a string,
 * {@code variables} and {@code extensions} JSON objects. The JSON is read strictly (no duplicate members,
 * nothing after the object, at most {@value #MAX_NESTING} levels deep) and exactly as the GraphQL handler
 * will read it after us, which first turns raw tabs and line breaks into spaces.
 *
 * @param variables       for a GET, the {@code variables} parameter as given (JSON text), else null
 * @param extensions      for a GET, the {@code extensions} parameter as given (JSON text), else null
 * @param variableValues  the {@code variables} object as read, numbers exactly as written; null when absent
 * @param extensionValues the {@code extensions} object as read, numbers exactly as written; null when absent
 */
record GraphQLRequest(String query, String operationName, String variables, String extensions, JsonNode variableValues,
        JsonNode extensionValues) {

    static final int MAX_NESTING = 100;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Decimals as written ("1.10" is not "1.1"): the answer cache keys requests by their variables
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final List<String> PARAMETERS = List.of("query", "operationName", "variables", "extensions");

    /** A POST body of type {@code application/json}. */
    static GraphQLRequest fromJsonBody(byte[] body) throws HttpProblem {
        String text = utf8(body);
        if (text.isBlank()) {
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST,
                    "The request body is empty: send a JSON object with the document in 'query'");
        }
        JsonNode request = json(asTheHandlerReadsIt(text), "The request body");
        if (request.isArray()) {
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST,
                    "Batches (a JSON array of requests) are not supported: send one request at a time");
        }
        if (!request.isObject()) {
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST,
                    "The request body must be a JSON object with the document in 'query', not " + kind(request));
        }
        JsonNode extensions = member(request, "extensions", true);
        JsonNode variables = member(request, "variables", true);
        JsonNode query = member(request, "query", false);
        if (query == null) {
            throw missingQuery(extensions != null && extensions.has("persistedQuery"));
        }
        JsonNode operationName = member(request, "operationName", false);
        return new GraphQLRequest(query.textValue(), blankAsAbsent(operationName == null ? null : operationName.textValue()),
                null, null, variables, extensions);
    }

    /** A POST body of type {@code application/graphql}: the document alone. */
    static GraphQLRequest fromDocumentBody(byte[] body) throws HttpProblem {
        String document = utf8(body);
        if (document.isBlank()) {
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST, "The request body is empty: send the document");
        }
        return new GraphQLRequest(asTheHandlerReadsIt(document), null, null, null, null, null);
    }

    /** The query string of a GET, already decoded. */
    static GraphQLRequest fromQueryParameters(MultiMap parameters) throws HttpProblem {
        for (String name : PARAMETERS) {
            if (parameters.getAll(name).size() > 1) {
                throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST, "The parameter '" + name + "' is given more than once");
            }
        }
        String variables = blankAsAbsent(parameters.get("variables"));
        String extensions = blankAsAbsent(parameters.get("extensions"));
        JsonNode variablesObject = objectParameter("variables", variables);
        JsonNode extensionsObject = objectParameter("extensions", extensions);
        String query = parameters.get("query");
        if (query == null || query.isEmpty()) {
            throw missingQuery(extensionsObject != null && extensionsObject.has("persistedQuery"));
        }
        return new GraphQLRequest(query, blankAsAbsent(parameters.get("operationName")), variables, extensions,
                variablesObject, extensionsObject);
    }

    private static HttpProblem missingQuery(boolean persistedQuery) {
        if (persistedQuery) {
            return HttpProblem.notAGraphQLRequest(HttpProblem.PERSISTED_QUERY_NOT_SUPPORTED,
                    "Persisted queries are not supported: send the document in 'query'");
        }
        return HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST, "The request has no 'query': send the GraphQL document as a string");
    }

    private static JsonNode objectParameter(String name, String value) throws HttpProblem {
        if (value == null) {
            return null;
        }
        JsonNode node = json(value, "The parameter '" + name + "'");
        if (!node.isObject() && !node.isNull()) {
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST, "The parameter '" + name + "' must be a JSON object, not " + kind(node));
        }
        return node.isNull() ? null : node;
    }

    /** A member of the request: null when absent or null; refused when of the wrong type. */
    private static JsonNode member(JsonNode request, String name, boolean object) throws HttpProblem {
        JsonNode member = request.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        if (object ? !member.isObject() : !member.isTextual()) {
            String expected = object ? "a JSON object" : "a string";
            throw HttpProblem.notAGraphQLRequest(HttpProblem.BAD_REQUEST,
                    "'" + name + "' must be " + expected + ", not " + kind(member));
        }
        return member;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "another kind of value";
        };
    }

    private static JsonNode json(String text, String what) throws HttpProblem {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null || location.getLineNr() < 1 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            String why = e instanceof StreamConstraintsException
                    ? ": it nests deeper than " + MAX_NESTING + " levels or holds a number or name too long to read"
                    : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                            ? ": a member appears twice" : "";
            throw HttpProblem.unreadable(what + " is not valid JSON" + where + why);
        }
    }

    private static String utf8(byte[] body) throws HttpProblem {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.unreadable("The request body is not valid UTF-8");
        }
    }

    /* The GraphQL handler replaces raw tabs and line breaks by spaces before it parses a body (so that text blocks pasted into JSON work). */
    private static String asTheHandlerReadsIt(String body) {
        if (body.indexOf('\n') < 0 && body.indexOf('\r') < 0 && body.indexOf('\t') < 0) {
            return body;
        }
        return body.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static String blankAsAbsent(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
