package dev.assay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedFileTest {

    @ParameterizedTest
    @CsvSource({
            "ticker.json, NUXT_PAGE",
            "payload.txt, NUXT_PAGE",
            "prices.csv, CSV",
            "PRICES.CSV, CSV",
            "prices.2026-05-27.csv, CSV",
            "prices.ndjson, NDJSON",
            "prices.jsonl, NDJSON",
            "prices.JsonL, NDJSON"})
    void knowsFeedsByExtension(String name, FeedKind kind) {
        assertEquals(Optional.of(kind), FeedFile.kindOf(name));
        assertEquals(kind, FeedFile.requireKind(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prices.xlsx", "prices.csv.gz", "prices", "prices.", ".csv", "prices.csv.part", "notes.md"})
    void anythingElseIsUnsupported(String name) {
        assertEquals(Optional.empty(), FeedFile.kindOf(name));
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedFile.requireKind(name));
        assertEquals(0, e.line());
        assertEquals(null, e.field());
    }

    @Test
    void unsupportedMessageNamesTheFileAndWhatIsRead() {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedFile.requireKind("prices.xlsx"));

        assertEquals("unsupported file type: 'prices.xlsx'; expected .csv, .ndjson, .jsonl, or a Nuxt payload in"
                + " .json or .txt", e.getMessage());
    }
}
