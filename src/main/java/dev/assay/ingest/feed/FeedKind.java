package dev.assay.ingest.feed;

/** The kinds of file the ingest reads from its inbox. */
public enum FeedKind {
    /** A Nuxt page payload of the publisher's site ({@code .json}, {@code .txt}). */
    NUXT_PAGE,
    /** A CSV price feed ({@code .csv}). */
    CSV,
    /** One JSON print per line ({@code .ndjson}, {@code .jsonl}). */
    NDJSON
}
