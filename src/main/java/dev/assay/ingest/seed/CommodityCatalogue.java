package dev.assay.ingest.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.assay.common.Slugs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Catalogue metadata (slug, sector, unit, description) for ticker labels, shipped beside the seeds. */
public final class CommodityCatalogue {

    /** What the catalogue adds to a ticker row. */
    public record Entry(String label, String slug, String sector, String unit, String currency, String description) {
    }

    private final Map<String, Entry> byLabel;

    private CommodityCatalogue(Map<String, Entry> byLabel) {
        this.byLabel = byLabel;
    }

    public static CommodityCatalogue load() {
        try (InputStream in = CommodityCatalogue.class.getResourceAsStream("/seeds/commodities.json")) {
            if (in == null) {
                throw new IllegalStateException("The commodity catalogue /seeds/commodities.json is missing");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommodityCatalogue parse(JsonNode root) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode node : root.path("commodities")) {
            Entry entry = new Entry(node.path("label").asText(), node.path("slug").asText(), node.path("sector").asText(),
                    node.path("unit").asText("index points"), textOrNull(node.get("currency")),
                    textOrNull(node.get("description")));
            entries.put(entry.label(), entry);
        }
        return new CommodityCatalogue(entries);
    }

    /** The entry for a label; labels the catalogue does not know get a slug derived from the label. */
    public Entry forLabel(String label) {
        return Optional.ofNullable(byLabel.get(label))
                .orElseGet(() -> new Entry(label, Slugs.of(label), "other", "index points", null, null));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
