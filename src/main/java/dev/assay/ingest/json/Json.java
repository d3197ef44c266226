package dev.assay.ingest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON reader/writer of the import: tree model only, numbers kept as exact decimals. */
public final class Json {

    // Prices must keep the digits the publisher printed: no double round trip, no trailing-zero stripping.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    /** Parses {@code text} into a tree; {@code what} names the document in the error message. */
    public static JsonNode parse(String text, String what) {
        if (text == null) {
            throw new MalformedPayloadException(what + " is missing (null text)");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new MalformedPayloadException(what + " is empty, expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON text of {@code node}. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON tree", e);
        }
    }
}
