package dev.assay.ingest.seed;

import dev.assay.article.Term;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.publisher.PublisherRef;

import static dev.assay.ingest.json.JsonFields.optionalArray;
import static dev.assay.ingest.json.JsonFields.optionalText;
import static dev.assay.ingest.json.JsonFields.requiredArray;
import static dev.assay.ingest.json.JsonFields.requiredObject;
import static dev.assay.ingest.json.JsonFields.requiredText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The list of seed documents with what the import needs to know about each (manifest.json). */
public record SeedManifest(List<SeedManifest.Entry> documents) {

    static final String FILE = "manifest.json";
    private static final String ROOT = "manifest";

    /** How a seed document is stored. */
    public enum Kind {
        /** A Nuxt page payload of the publisher's site. */
        NUXT_PAGE,
        /** An article's text as copied from a web page, page chrome included. */
        PLAIN_TEXT
    }

    /**
     * One seed document. For {@link Kind#PLAIN_TEXT} the manifest supplies the article's metadata, which
     * the text itself does not carry in a readable form; for {@link Kind#NUXT_PAGE} only the publisher.
     */
    public record Entry(
            String file,
            Kind kind,
            PublisherRef publisher,
            String slug,
            String title,
            LocalDate publishedOn,
            String sourceUrl,
            List<Term> tags,
            List<Term> categories,
            String excerpt,
            String visibility) {

        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(publisher, "publisher");
            tags = tags == null ? List.of() : List.copyOf(tags);
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    public SeedManifest {
        documents = List.copyOf(documents);
    }

    /** The manifest shipped with the seeds, from the classpath. */
    public static SeedManifest load() {
        return parse(SeedResources.read(FILE));
    }

    public static SeedManifest parse(String json) {
        JsonNode root = Json.parse(json, "seed manifest");
        if (!root.isObject()) {
            throw JsonFields.wrongType(ROOT, "an object", root);
        }
        JsonNode documents = requiredArray(root, "documents", ROOT);
        List<Entry> entries = new ArrayList<>(documents.size());
        Set<String> files = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Entry entry = entry(documents.get(i), ROOT + ".documents[" + i + "]");
            if (!files.add(entry.file())) {
                throw new MalformedPayloadException(ROOT + ".documents[" + i + "].file lists \"" + entry.file()
                        + "\" a second time");
            }
            entries.add(entry);
        }
        return new SeedManifest(entries);
    }

    private static Entry entry(JsonNode node, String path) {
        if (!node.isObject()) {
            throw JsonFields.wrongType(path, "an object", node);
        }
        String file = requiredText(node, "file", path);
        if (!SeedResources.isFileName(file)) {
            throw new MalformedPayloadException(path + ".file must be a bare file name, found \"" + file + "\"");
        }
        Kind kind = kind(requiredText(node, "kind", path), path + ".kind");
        PublisherRef publisher = publisher(requiredObject(node, "publisher", path), path + ".publisher");
        if (kind == Kind.NUXT_PAGE) {
            return new Entry(file, kind, publisher, null, null, null, null, null, null, null, null);
        }
        return new Entry(
                file,
                kind,
                publisher,
                requiredText(node, "slug", path),
                requiredText(node, "title", path),
                date(optionalText(node, "publishedOn", path), path + ".publishedOn"),
                optionalText(node, "sourceUrl", path),
                JsonFields.terms(optionalArray(node, "tags", path), path + ".tags"),
                JsonFields.terms(optionalArray(node, "categories", path), path + ".categories"),
                optionalText(node, "excerpt", path),
                optionalText(node, "visibility", path));
    }

    private static Kind kind(String text, String path) {
        try {
            return Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(path + " must be NUXT_PAGE or PLAIN_TEXT, found \"" + text + "\"");
        }
    }

    private static PublisherRef publisher(JsonNode node, String path) {
        return new PublisherRef(
                requiredText(node, "slug", path),
                requiredText(node, "name", path),
                optionalText(node, "url", path));
    }

    private static LocalDate date(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(path + " must be a date (yyyy-MM-dd), found \"" + text + "\"", e);
        }
    }
}
