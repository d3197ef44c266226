package dev.assay.article;

import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An image asset of an article by its address, with its alternative text when the publisher gave one. */
@Description("An image asset.")
public record Image(
        @NonNull @Description("Absolute URL of the image.") String url,
        @Description("Alternative text.") String alt) {

    public Image {
        Objects.requireNonNull(url, "url");
    }

    /** The image a stored address and text stand for: none without an address, no text when it is blank. */
    static Image of(String url, String alt) {
        return url == null || url.isBlank() ? null : new Image(url, alt == null || alt.isBlank() ? null : alt);
    }
}
