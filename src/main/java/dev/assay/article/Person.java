package dev.assay.article;

import java.util.Objects;

import dev.assay.common.Slugs;

/** An editor or reporter credited on an article. */
public record Person(String slug, String name, String jobTitle, String bio, String imageUrl, String linkedinUrl) {

    public Person {
        Objects.requireNonNull(name, "name");
        if (slug == null || slug.isBlank()) {
            slug = Slugs.of(name);
        }
    }

    /** Lower-case letters and digits, every other run of characters turned into a single '-'. */
}
