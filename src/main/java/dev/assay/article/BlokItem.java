package dev.assay.article;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One component embedded in a rich-text {@code blok} node (typically a data visualisation). */
record BlokItem(String component, String id, String title, String caption, String src) {

    /** The components of a {@code blok} node, from {@code attrs.body}. */
    static List<BlokItem> of(JsonNode blok) {
        JsonNode body = blok.path("attrs").path("body");
        List<BlokItem> items = new ArrayList<>();
        if (!body.isArray()) {
            return items;
        }
        for (JsonNode item : body) {
            if (item.isObject()) {
                items.add(new BlokItem(
                        text(item, "component"),
                        text(item, "id"),
                        firstText(item, "title", "headline", "name"),
                        firstText(item, "caption", "description", "subtitle"),
                        source(item)));
            }
        }
        return items;
    }

    private static String source(JsonNode item) {
        String src = firstText(item, "src", "url", "filename");
        if (src != null) {
            return src;
        }
        JsonNode image = item.get("image");
        if (image != null && image.isTextual()) {
            return blankToNull(image.textValue());
        }
        return image == null ? null : text(image, "filename");
    }

    private static String firstText(JsonNode item, String... fields) {
        for (String field : fields) {
            String value = text(item, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        return blankToNull(value.asText());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
