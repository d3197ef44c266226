package dev.assay.article;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders Storyblok-style rich-text documents as safe HTML or plain text, and builds simple ones. */
public final class RichText {

    private RichText() {
    }

    /** HTML for {@code doc}, with text escaped and unsafe links and images left out; empty for no document. */
    public static String toHtml(JsonNode doc) {
        return HtmlRenderer.render(doc);
    }

    /** The document's text without markup, blocks separated by blank lines; empty for no document. */
    public static String toPlainText(JsonNode doc) {
        return PlainTextRenderer.render(doc);
    }

    /** A {@code doc} of one paragraph per non-blank entry of {@code paragraphs}, each trimmed. */
    public static JsonNode fromParagraphs(List<String> paragraphs) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode doc = nodes.objectNode().put("type", "doc");
        ArrayNode content = doc.putArray("content");
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            ObjectNode node = content.addObject().put("type", "paragraph");
            node.putArray("content").addObject().put("type", "text").put("text", paragraph.strip());
        }
        return doc;
    }
}
