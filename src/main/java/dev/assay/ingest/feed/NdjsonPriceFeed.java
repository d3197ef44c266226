package dev.assay.ingest.feed;

import static dev.assay.ingest.feed.PriceFields.COMMODITY;
import static dev.assay.ingest.feed.PriceFields.DATE;
import static dev.assay.ingest.feed.PriceFields.VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads an NDJSON price feed: one object {@code {"commodity":…,"date":…,"value":…}} per line. */
public final class NdjsonPriceFeed {

    // Tree model only, and numbers as exact decimals: no double round trip, no trailing-zero stripping.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private NdjsonPriceFeed() {
    }

    /**
     * Every print of {@code text}, in file order; blank lines are skipped. Dates after {@code today} are
     * rejected.
     *
     * @throws FeedFormatException for the first problem in the file; nothing is returned then
     */
    public static List<PriceRecord> parse(String text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        PriceCollector prints = new PriceCollector();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNumber = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lineNumber++;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (!line.isBlank()) {
                read(line, lineNumber, today, prints);
            }
        }
        return prints.records();
    }

    private static void read(String line, int lineNumber, LocalDate today, PriceCollector prints) {
        JsonNode object = json(line, lineNumber);
        if (!object.isObject()) {
            throw new FeedFormatException(lineNumber, null, "expected a JSON object, found " + describe(object));
        }
        String slug = null;
        LocalDate date = null;
        BigDecimal value = null;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode node = field.getValue();
            switch (field.getKey()) {
                case COMMODITY -> slug = PriceFields.commodity(text(node, lineNumber, COMMODITY), lineNumber);
                case DATE -> date = PriceFields.date(text(node, lineNumber, DATE), lineNumber, today);
                case VALUE -> value = value(node, lineNumber);
                default -> throw new FeedFormatException(lineNumber, null, "unknown field "
                        + PriceFields.shown(field.getKey()) + "; a print has only commodity, date and value");
            }
        }
        requirePresent(slug, lineNumber, COMMODITY);
        requirePresent(date, lineNumber, DATE);
        requirePresent(value, lineNumber, VALUE);
        prints.add(slug, date, value, lineNumber);
    }

    private static JsonNode json(String line, int lineNumber) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
            throw new FeedFormatException(lineNumber, null, "not valid JSON: " + e.getOriginalMessage() + column, e);
        }
    }

    /** A JSON string goes through the same rules as CSV text; a JSON number is taken at its exact decimal value. */
    private static BigDecimal value(JsonNode node, int lineNumber) {
        if (node.isTextual()) {
            return PriceFields.value(node.textValue(), lineNumber);
        }
        if (!node.isNumber()) {
            throw new FeedFormatException(lineNumber, VALUE,
                    "must be a decimal number or a string holding one, found " + describe(node));
        }
        BigDecimal value = node.decimalValue();
        // Only an exponent gives a negative scale; the tree does not keep how other numbers were spelled.
        if (value.scale() < 0) {
            throw new FeedFormatException(lineNumber, VALUE,
                    PriceFields.shown(node.asText()) + " is not a plain decimal number; write it without an exponent");
        }
        return PriceFields.value(value, node.asText(), lineNumber);
    }

    private static String text(JsonNode node, int lineNumber, String field) {
        if (!node.isTextual()) {
            throw new FeedFormatException(lineNumber, field, "must be a JSON string, found " + describe(node));
        }
        return node.textValue();
    }

    private static void requirePresent(Object value, int lineNumber, String field) {
        if (value == null) {
            throw new FeedFormatException(lineNumber, field, "is missing");
        }
    }

    private static String describe(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return node.isValueNode() && !node.isNull() ? type + " " + PriceFields.shown(node.asText()) : type;
    }
}
