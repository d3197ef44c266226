package dev.assay.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.assay.publisher.PublisherRef;

/** An article as imported: metadata, credits and its body as rich-text JSON and as plain text. */
public record ArticleDocument(
        String slug,
        String externalId,
        String uuid,
        String title,
        String fullSlug,
        LocalDate publishedOn,
        List<Term> tags,
        List<Term> categories,
        List<Person> editors,
        List<Person> reporters,
        String excerpt,
        boolean featured,
        String visibility,
        String seoTitle,
        String seoDescription,
        Image featuredImage,
        Image dataVisImage,
        String bodyJson,
        String bodyText,
        String sourceUrl,
        PublisherRef publisher) {

    public ArticleDocument {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyJson, "bodyJson");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(publisher, "publisher");
        tags = tags == null ? List.of() : List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
        editors = editors == null ? List.of() : List.copyOf(editors);
        reporters = reporters == null ? List.of() : List.copyOf(reporters);
    }
}
