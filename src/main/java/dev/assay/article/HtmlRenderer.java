package dev.assay.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a rich-text tree as HTML. */
final class HtmlRenderer {

    private static final Set<String> LINK_TARGETS = Set.of("_blank", "_self", "_parent", "_top");

    private final StringBuilder html = new StringBuilder();

    private HtmlRenderer() {
    }

    static String render(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            return "";
        }
        HtmlRenderer renderer = new HtmlRenderer();
        renderer.node(doc);
        return renderer.html.toString();
    }

    private void node(JsonNode node) {
        switch (node.path("type").asText()) {
            case "doc" -> children(node);
            case "paragraph" -> wrap("p", node);
            case "heading" -> wrap("h" + headingLevel(node), node);
            case "bullet_list" -> wrap("ul", node);
            case "ordered_list" -> orderedList(node);
            case "list_item" -> wrap("li", node);
            case "blockquote" -> wrap("blockquote", node);
            case "code_block" -> {
                html.append("<pre><code>");
                children(node);
                html.append("</code></pre>");
            }
            case "hard_break" -> html.append("<br>");
            case "horizontal_rule" -> html.append("<hr>");
            case "image" -> image(node);
            case "blok" -> blok(node);
            case "text" -> text(node);
            default -> children(node);
        }
    }

    private void children(JsonNode node) {
        JsonNode content = node.get("content");
        if (content != null && content.isArray()) {
            content.forEach(this::node);
        }
    }

    private void wrap(String tag, JsonNode node) {
        html.append('<').append(tag).append('>');
        children(node);
        html.append("</").append(tag).append('>');
    }

    private static int headingLevel(JsonNode node) {
        int level = node.path("attrs").path("level").asInt(2);
        return Math.max(1, Math.min(6, level));
    }

    private void orderedList(JsonNode node) {
        int start = node.path("attrs").path("order").asInt(1);
        html.append(start == 1 ? "<ol>" : "<ol start=\"" + start + "\">");
        children(node);
        html.append("</ol>");
    }

    private void image(JsonNode node) {
        JsonNode attrs = node.path("attrs");
        String src = SafeUrl.image(textOrNull(attrs, "src"));
        if (src == null) {
            return;
        }
        html.append("<img src=\"").append(Html.escape(src)).append("\" alt=\"")
                .append(Html.escape(nullToEmpty(textOrNull(attrs, "alt")))).append('"');
        String title = textOrNull(attrs, "title");
        if (title != null && !title.isBlank()) {
            html.append(" title=\"").append(Html.escape(title)).append('"');
        }
        html.append('>');
    }

    private void blok(JsonNode node) {
        for (BlokItem item : BlokItem.of(node)) {
            html.append("<figure class=\"blok\"");
            attribute("data-component", item.component());
            attribute("data-id", item.id());
            html.append('>');
            String src = SafeUrl.image(item.src());
            if (src != null) {
                html.append("<img src=\"").append(Html.escape(src)).append("\" alt=\"")
                        .append(Html.escape(nullToEmpty(item.title()))).append("\">");
            }
            if (item.title() != null || item.caption() != null) {
                html.append("<figcaption>");
                if (item.title() != null) {
                    html.append("<strong>").append(Html.escape(item.title())).append("</strong>");
                }
                if (item.title() != null && item.caption() != null) {
                    html.append(' ');
                }
                if (item.caption() != null) {
                    html.append(Html.escape(item.caption()));
                }
                html.append("</figcaption>");
            }
            html.append("</figure>");
        }
    }

    private void attribute(String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    private void text(JsonNode node) {
        String text = textOrNull(node, "text");
        if (text == null) {
            return;
        }
        List<String> closing = new ArrayList<>();
        boolean linked = false;
        for (JsonNode mark : node.path("marks")) {
            String type = mark.path("type").asText();
            if (type.equals("link")) {
                // Anchors cannot nest: only the first link mark of a text becomes the anchor.
                if (!linked && openLink(mark.path("attrs"))) {
                    closing.add("</a>");
                }
                linked = true;
                continue;
            }
            String tag = markTag(type);
            if (tag != null) {
                html.append('<').append(tag).append('>');
                closing.add("</" + tag + ">");
            }
        }
        html.append(Html.escape(text));
        for (int i = closing.size() - 1; i >= 0; i--) {
            html.append(closing.get(i));
        }
    }

    private static String markTag(String type) {
        return switch (type) {
            case "bold" -> "strong";
            case "italic" -> "em";
            case "underline" -> "u";
            case "strike" -> "s";
            case "code" -> "code";
            case "superscript" -> "sup";
            case "subscript" -> "sub";
            default -> null;
        };
    }

    private boolean openLink(JsonNode attrs) {
        String href = textOrNull(attrs, "href");
        if (href != null && "email".equals(textOrNull(attrs, "linktype")) && !href.strip().contains(":")) {
            href = "mailto:" + href.strip();
        }
        String anchor = textOrNull(attrs, "anchor");
        if (href != null && anchor != null && !anchor.isBlank() && !href.contains("#")) {
            href = href + "#" + anchor.strip();
        }
        String safe = SafeUrl.link(href);
        if (safe == null) {
            return false;
        }
        html.append("<a href=\"").append(Html.escape(safe)).append('"');
        String target = textOrNull(attrs, "target");
        if (target != null && LINK_TARGETS.contains(target)) {
            html.append(" target=\"").append(target).append('"');
            if (target.equals("_blank")) {
                html.append(" rel=\"noopener noreferrer\"");
            }
        }
        html.append('>');
        return true;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
