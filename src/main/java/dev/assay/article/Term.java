package dev.assay.article;

import java.util.Objects;

/** A tag or category an article is filed under. */
public record Term(String slug, String name) {

    public Term {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
