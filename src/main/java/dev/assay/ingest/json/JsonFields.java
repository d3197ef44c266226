package dev.assay.ingest.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.assay.article.Term;
import dev.assay.common.Slugs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Typed reads of object fields that fail with the field's path when a field is missing or mistyped. */
public final class JsonFields {

    /** A calendar date, optionally followed by a time the import does not keep. */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?");

    private JsonFields() {
    }

    public static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedPayloadException(path + "." + field + " is missing");
        }
        return value;
    }

    /** The field's value, or null when the field is absent or JSON null. */
    public static JsonNode optional(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A list of `{slug, name}` objects; a missing slug is derived from the name. */
    public static java.util.List<Term> terms(JsonNode array, String path) {
        java.util.List<Term> terms = new java.util.ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode term = array.get(i);
            String termPath = path + "[" + i + "]";
            if (!term.isObject()) {
                throw wrongType(termPath, "an object", term);
            }
            String name = requiredText(term, "name", termPath);
            String slug = optionalText(term, "slug", termPath);
            terms.add(new Term(slug == null || slug.isBlank() ? Slugs.of(name) : slug, name));
        }
        return terms;
    }

    public static String requiredText(JsonNode parent, String field, String path) {
        return text(required(parent, field, path), path + "." + field);
    }

    public static String optionalText(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        return value == null ? null : text(value, path + "." + field);
    }

    public static BigDecimal requiredDecimal(JsonNode parent, String field, String path) {
        return decimal(required(parent, field, path), path + "." + field);
    }

    public static BigDecimal optionalDecimal(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        return value == null ? null : decimal(value, path + "." + field);
    }

    public static boolean requiredBoolean(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isBoolean()) {
            throw wrongType(path + "." + field, "a boolean", value);
        }
        return value.booleanValue();
    }

    public static boolean optionalBoolean(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(path + "." + field, "a boolean", value);
        }
        return value.booleanValue();
    }

    public static LocalDate requiredDate(JsonNode parent, String field, String path) {
        return date(requiredText(parent, field, path), path + "." + field);
    }

    public static JsonNode requiredArray(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isArray()) {
            throw wrongType(path + "." + field, "an array", value);
        }
        return value;
    }

    /** The array, or an empty array when the field is absent or null. */
    public static JsonNode optionalArray(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        if (value == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw wrongType(path + "." + field, "an array", value);
        }
        return value;
    }

    public static JsonNode requiredObject(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isObject()) {
            throw wrongType(path + "." + field, "an object", value);
        }
        return value;
    }

    public static JsonNode optionalObject(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        if (value != null && !value.isObject()) {
            throw wrongType(path + "." + field, "an object", value);
        }
        return value;
    }

    public static String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw wrongType(path, "text", value);
        }
        return value.textValue();
    }

    /** The number's exact decimal value, never routed through a double. */
    public static BigDecimal decimal(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw wrongType(path, "a number", value);
        }
        if (value.isFloat() || value.isDouble()) {
            // A tree parsed elsewhere may hold binary floating point; its shortest text is what was printed.
            return new BigDecimal(value.asText());
        }
        return value.decimalValue();
    }

    public static LocalDate date(String text, String path) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            throw new MalformedPayloadException(path + " is not a date (yyyy-MM-dd): \"" + text + "\"");
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(path + " is not a valid date: \"" + text + "\"", e);
        }
    }

    public static MalformedPayloadException wrongType(String path, String expected, JsonNode found) {
        String shown = found.isTextual() ? "text \"" + found.textValue() + "\"" : found.getNodeType() + " " + found;
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        return new MalformedPayloadException(path + " must be " + expected + ", found " + shown);
    }
}
