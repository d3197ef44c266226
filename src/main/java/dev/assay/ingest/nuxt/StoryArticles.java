package dev.assay.ingest.nuxt;

import static dev.assay.ingest.json.JsonFields.optional;
import static dev.assay.ingest.json.JsonFields.optionalArray;
import static dev.assay.ingest.json.JsonFields.optionalBoolean;
import static dev.assay.ingest.json.JsonFields.optionalObject;
import static dev.assay.ingest.json.JsonFields.optionalText;
import static dev.assay.ingest.json.JsonFields.requiredDate;
import static dev.assay.ingest.json.JsonFields.requiredObject;
import static dev.assay.ingest.json.JsonFields.requiredText;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.article.ArticleDocument;
import dev.assay.article.Image;
import dev.assay.article.Person;
import dev.assay.article.RichText;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.publisher.PublisherRef;

/** Reads one Storyblok story (a Benchmark article) from a decoded page. */
final class StoryArticles {

    private StoryArticles() {
    }

    static ArticleDocument parse(JsonNode story, PublisherRef publisher, String path) {
        if (!story.isObject()) {
            throw JsonFields.wrongType(path, "an object", story);
        }
        JsonNode content = requiredObject(story, "content", path);
        String contentPath = path + ".content";
        JsonNode body = requiredObject(content, "content", contentPath);
        if (!"doc".equals(body.path("type").asText())) {
            throw new MalformedPayloadException(contentPath + ".content must be a rich-text doc, found type \""
                    + body.path("type").asText() + "\"");
        }
        String fullSlug = optionalText(story, "full_slug", path);
        return new ArticleDocument(
                requiredText(story, "slug", path),
                externalId(story, path),
                optionalText(story, "uuid", path),
                requiredText(story, "name", path),
                fullSlug,
                requiredDate(content, "date", contentPath),
                JsonFields.terms(optionalArray(content, "tags", contentPath), contentPath + ".tags"),
                JsonFields.terms(optionalArray(content, "categories", contentPath), contentPath + ".categories"),
                people(optionalArray(content, "editor", contentPath), contentPath + ".editor"),
                people(optionalArray(content, "reporter", contentPath), contentPath + ".reporter"),
                optionalText(content, "excerpt", contentPath),
                optionalBoolean(content, "featured", contentPath),
                optionalText(content, "visibility", contentPath),
                optionalText(content, "seo_title", contentPath),
                optionalText(content, "seo_description", contentPath),
                image(optionalObject(content, "featured_image", contentPath), contentPath + ".featured_image"),
                image(optionalObject(content, "data_vis_image", contentPath), contentPath + ".data_vis_image"),
                Json.write(body),
                RichText.toPlainText(body),
                sourceUrl(publisher, fullSlug),
                publisher);
    }

    private static String externalId(JsonNode story, String path) {
        JsonNode id = optional(story, "id");
        if (id == null) {
            return null;
        }
        if (!id.isIntegralNumber() && !id.isTextual()) {
            throw JsonFields.wrongType(path + ".id", "an integer or text", id);
        }
        return id.asText();
    }

    private static List<Person> people(JsonNode array, String path) {
        List<Person> people = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode person = array.get(i);
            String personPath = path + "[" + i + "]";
            if (!person.isObject()) {
                throw JsonFields.wrongType(personPath, "an object (a resolved person story)", person);
            }
            JsonNode profile = optionalObject(person, "content", personPath);
            String profilePath = personPath + ".content";
            people.add(new Person(
                    optionalText(person, "slug", personPath),
                    requiredText(person, "name", personPath).strip(),
                    profile == null ? null : optionalText(profile, "job_title", profilePath),
                    profile == null ? null : strip(optionalText(profile, "bio", profilePath)),
                    profile == null ? null : assetUrl(optional(profile, "image"), profilePath + ".image"),
                    profile == null ? null : optionalText(profile, "linkedin", profilePath)));
        }
        return people;
    }

    /** An asset's address: Storyblok gives either an asset object or, in older fields, the address itself. */
    private static String assetUrl(JsonNode asset, String path) {
        if (asset == null) {
            return null;
        }
        if (asset.isTextual()) {
            return blankToNull(asset.textValue());
        }
        if (!asset.isObject()) {
            throw JsonFields.wrongType(path, "an asset object", asset);
        }
        return blankToNull(optionalText(asset, "filename", path));
    }

    private static Image image(JsonNode asset, String path) {
        String url = assetUrl(asset, path);
        return url == null ? null : new Image(url, optionalText(asset, "alt", path));
    }

    private static String sourceUrl(PublisherRef publisher, String fullSlug) {
        if (publisher.url() == null || fullSlug == null || fullSlug.isBlank()) {
            return null;
        }
        return publisher.url().replaceAll("/+$", "") + "/" + fullSlug.replaceAll("^/+", "");
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
