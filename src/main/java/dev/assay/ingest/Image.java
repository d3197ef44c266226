package dev.assay.ingest;

import java.util.Objects;

/** An image asset by its address, with its alternative text when the publisher gave one. */
public record Image(String url, String alt) {

    public Image {
        Objects.requireNonNull(url, "url");
    }
}
