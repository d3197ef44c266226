package dev.assay.article;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a rich-text tree as plain text: one block per paragraph, heading, list or embed title. */
final class PlainTextRenderer {

    private final List<String> blocks = new ArrayList<>();

    private PlainTextRenderer() {
    }

    static String render(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            return "";
        }
        PlainTextRenderer renderer = new PlainTextRenderer();
        renderer.block(doc);
        return String.join("\n\n", renderer.blocks);
    }

    private void block(JsonNode node) {
        switch (node.path("type").asText()) {
            case "paragraph", "heading", "code_block" -> add(inline(node));
            case "bullet_list" -> add(list(node, false));
            case "ordered_list" -> add(list(node, true));
            case "blok" -> BlokItem.of(node).forEach(item -> add(item.title()));
            case "text" -> add(node.path("text").asText(""));
            case "image", "horizontal_rule", "hard_break" -> {
                // Nothing readable to carry over.
            }
            default -> children(node).forEach(this::block);
        }
    }

    private void add(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
        }
    }

    private static String inline(JsonNode node) {
        StringBuilder text = new StringBuilder();
        inline(node, text);
        return text.toString().replaceAll("[ \\t]+\\n", "\n");
    }

    private static void inline(JsonNode node, StringBuilder text) {
        switch (node.path("type").asText()) {
            case "text" -> text.append(node.path("text").asText(""));
            case "hard_break" -> text.append('\n');
            default -> children(node).forEach(child -> inline(child, text));
        }
    }

    private static String list(JsonNode list, boolean ordered) {
        int number = ordered ? list.path("attrs").path("order").asInt(1) : 0;
        List<String> lines = new ArrayList<>();
        for (JsonNode item : children(list)) {
            PlainTextRenderer nested = new PlainTextRenderer();
            children(item).forEach(nested::block);
            String body = String.join("\n", nested.blocks).replace("\n", "\n   ");
            lines.add((ordered ? (number++) + ". " : "- ") + body);
        }
        return String.join("\n", lines);
    }

    private static List<JsonNode> children(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        JsonNode content = node.get("content");
        if (content != null && content.isArray()) {
            content.forEach(children::add);
        }
        return children;
    }
}
