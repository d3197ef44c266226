package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An image asset of an article. */
@Description("An image asset.")
public class Image {

    @NonNull
    @Description("Absolute URL of the image.")
    public final String url;

    @Description("Alternative text.")
    public final String alt;

    public Image(String url, String alt) {
        this.url = url;
        this.alt = alt;
    }

    static Image of(String url, String alt) {
        return url == null || url.isBlank() ? null : new Image(url, alt == null || alt.isBlank() ? null : alt);
    }
}
