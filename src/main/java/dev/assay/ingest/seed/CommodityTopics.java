package dev.assay.ingest.seed;

import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;

import static dev.assay.ingest.json.JsonFields.optionalArray;
import static dev.assay.ingest.json.JsonFields.requiredArray;
import static dev.assay.ingest.json.JsonFields.requiredText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mapping of articles to the commodities they discuss (commodity-topics.json beside the seeds): for each
 * commodity, by slug, the tags, categories and phrases that make an article about it.
 */
public record CommodityTopics(List<Topic> topics) {

    public static final String FILE = "commodity-topics.json";

    /** What makes an article about one commodity. */
    public record Topic(String commodity, List<String> tags, List<String> categories, List<String> phrases) {
    }

    public CommodityTopics {
        topics = List.copyOf(topics);
    }

    public static CommodityTopics load() {
        return parse(SeedResources.read(FILE));
    }

    public static CommodityTopics parse(String json) {
        JsonNode root = Json.parse(json, FILE);
        if (!root.isObject()) {
            throw JsonFields.wrongType(FILE, "an object", root);
        }
        JsonNode array = requiredArray(root, "topics", FILE);
        List<Topic> topics = new ArrayList<>();
        Set<String> commodities = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = FILE + ".topics[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                throw JsonFields.wrongType(path, "an object", node);
            }
            String commodity = requiredText(node, "commodity", path);
            if (!commodities.add(commodity)) {
                throw new MalformedPayloadException(path + ".commodity \"" + commodity + "\" is listed a second time");
            }
            topics.add(new Topic(commodity, texts(node, "tags", path), texts(node, "categories", path),
                    texts(node, "phrases", path)));
        }
        return new CommodityTopics(topics);
    }

    private static List<String> texts(JsonNode node, String field, String path) {
        JsonNode array = optionalArray(node, field, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String text = JsonFields.text(array.get(i), path + "." + field + "[" + i + "]").strip();
            if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new MalformedPayloadException(path + "." + field + "[" + i + "] holds no word");
            }
            texts.add(text);
        }
        return texts;
    }
}
