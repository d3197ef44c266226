package dev.assay.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.assay.cache.AnswerKey;

/** An answer's entity tag names its key, its data version and its media type, and If-None-Match is read as HTTP asks. */
class EntityTagsTest {

    private static final AnswerKey KEY = new AnswerKey("{ticker{label}}", null, "", "anonymous", 1_000_000L);

    @Test
    void everyPartOfTheKeyAndTheMediaTypeMakeAnotherTag() {
        Set<String> tags = Set.copyOf(Stream.of(
                HttpCaching.etag(KEY, ResponseFormat.JSON),
                HttpCaching.etag(KEY, ResponseFormat.GRAPHQL_RESPONSE),
                HttpCaching.etag(new AnswerKey("{ticker{today}}", null, "", "anonymous", 1_000_000L), ResponseFormat.JSON),
                HttpCaching.etag(new AnswerKey("{ticker{label}}", "T", "", "anonymous", 1_000_000L), ResponseFormat.JSON),
                HttpCaching.etag(new AnswerKey("{ticker{label}}", null, "{\"variables\":{}}", "anonymous", 1_000_000L),
                        ResponseFormat.JSON),
                HttpCaching.etag(new AnswerKey("{ticker{label}}", null, "", "staff", 1_000_000L), ResponseFormat.JSON),
                HttpCaching.etag(new AnswerKey("{ticker{label}}", null, "", "anonymous", 1_000_001L), ResponseFormat.JSON))
                .toList());
        assertEquals(7, tags.size());
        assertEquals(HttpCaching.etag(KEY, ResponseFormat.JSON), HttpCaching.etag(KEY, ResponseFormat.JSON));
    }

    @Test
    void ifNoneMatchIsReadAsHttpAsks() {
        String tag = HttpCaching.etag(KEY, ResponseFormat.JSON);
        assertTrue(HttpCaching.matches(tag, tag));
        assertTrue(HttpCaching.matches("W/" + tag, tag), "compared weakly");
        assertTrue(HttpCaching.matches("\"a\", " + tag + ", \"b\"", tag), "a list");
        assertTrue(HttpCaching.matches(" * ", tag));
        assertFalse(HttpCaching.matches("\"a\"", tag));
        assertFalse(HttpCaching.matches(tag.substring(0, tag.length() - 2) + "\"", tag), "a prefix is not the tag");
        assertNotEquals(tag, HttpCaching.etag(KEY, ResponseFormat.GRAPHQL_RESPONSE));
    }
}
