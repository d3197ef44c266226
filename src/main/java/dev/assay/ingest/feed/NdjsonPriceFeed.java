package dev.assay.ingest.feed;

import static dev.assay.ingest.feed.PriceFields.COMMODITY;
import static dev.assay.ingest.feed.PriceFields.DATE;
import static dev.assay.ingest.feed.PriceFields.VALUE;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
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
     * Hands every print of the text to {@code sink}, in file order, as it is read; blank lines are skipped.
     * Each print meets the print rules (no date after {@code today}).
     *
     * @throws FeedFormatException for the first problem in the file, after the prints before it were handed over
     */
    public static void read(Reader text, LocalDate today, PriceSink sink) throws IOException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sink, "sink");
        PriceFields fields = new PriceFields(Objects.requireNonNull(today, "today"));
        Lines lines = new Lines(text);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                sink.accept(read(line, lines.number(), fields));
            }
        }
    }

    private static PriceRecord read(String line, int lineNumber, PriceFields fields) {
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
                case COMMODITY -> slug = fields.commodity(text(node, lineNumber, COMMODITY), lineNumber);
                case DATE -> date = fields.date(text(node, lineNumber, DATE), lineNumber);
                case VALUE -> value = value(node, lineNumber, fields);
                default -> throw new FeedFormatException(lineNumber, null, "unknown field "
                        + PriceFields.shown(field.getKey()) + "; a print has only commodity, date and value");
            }
        }
        requirePresent(slug, lineNumber, COMMODITY);
        requirePresent(date, lineNumber, DATE);
        requirePresent(value, lineNumber, VALUE);
        return new PriceRecord(slug, date, value, lineNumber);
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
    private static BigDecimal value(JsonNode node, int lineNumber, PriceFields fields) {
        if (node.isTextual()) {
            return fields.value(node.textValue(), lineNumber);
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
        return fields.value(value, node.asText(), lineNumber);
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

    /** The lines of a text, split at LF with a CR before it dropped, read through a fixed buffer; a BOM is skipped. */
    private static final class Lines {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder line = new StringBuilder(128);
        private int length;
        private int pos;
        private int number;
        private boolean ended;

        Lines(Reader reader) {
            this.reader = reader;
        }

        /** The next line, or null after the last. */
        String next() throws IOException {
            if (ended) {
                return null;
            }
            line.setLength(0);
            while (true) {
                if (pos == length && !fill()) {
                    ended = true;
                    if (line.isEmpty()) {
                        return null;
                    }
                    break;
                }
                int start = pos;
                while (pos < length && buffer[pos] != '\n') {
                    pos++;
                }
                line.append(buffer, start, pos - start);
                if (pos < length) {
                    pos++;
                    break;
                }
            }
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
            int end = line.length();
            return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
        }

        int number() {
            return number;
        }

        private boolean fill() throws IOException {
            int read;
            do {
                read = reader.read(buffer, 0, buffer.length);
            } while (read == 0);
            length = Math.max(read, 0);
            pos = 0;
            return read > 0;
        }
    }
}
