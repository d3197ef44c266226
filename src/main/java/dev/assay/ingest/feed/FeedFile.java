package dev.assay.ingest.feed;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Tells what kind of feed a dropped file is from its name. */
public final class FeedFile {

    private static final Map<String, FeedKind> BY_EXTENSION = Map.of(
            "json", FeedKind.NUXT_PAGE,
            "txt", FeedKind.NUXT_PAGE,
            "csv", FeedKind.CSV,
            "ndjson", FeedKind.NDJSON,
            "jsonl", FeedKind.NDJSON);

    private FeedFile() {
    }

    /** The kind of {@code fileName} by its extension (any case), or empty when the ingest does not read it. */
    public static Optional<FeedKind> kindOf(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The kind of {@code fileName}.
     *
     * @throws FeedFormatException when the ingest does not read files of that name, so the file can be failed
     */
    public static FeedKind requireKind(String fileName) {
        return kindOf(fileName).orElseThrow(() -> new FeedFormatException(0, null, "unsupported file type: "
                + PriceFields.shown(fileName) + "; expected .csv, .ndjson, .jsonl, or a Nuxt payload in .json or .txt"));
    }
}
