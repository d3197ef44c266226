package dev.assay.publisher;

import java.util.Objects;

/** The publisher a document came from. */
public record PublisherRef(String slug, String name, String url) {

    public PublisherRef {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
