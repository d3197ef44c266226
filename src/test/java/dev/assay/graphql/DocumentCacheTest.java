package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;

class DocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> valid = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
    };

    private final Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("bad").build()));
    };

    @Test
    void aQueryTextIsParsedOnce() throws Exception {
        DocumentCache cache = new DocumentCache(10);
        PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ ticker { label } }"), valid).get();
        PreparsedDocumentEntry second = cache.getDocumentAsync(input("{ ticker { label } }"), valid).get();
        assertSame(first, second);
        assertEquals(1, parses.get());
    }

    @Test
    void anInvalidDocumentIsNeverKept() throws Exception {
        DocumentCache cache = new DocumentCache(10);
        cache.getDocumentAsync(input("{ nope }"), invalid).get();
        cache.getDocumentAsync(input("{ nope }"), invalid).get();
        assertEquals(2, parses.get());
        assertEquals(0, cache.size());
    }

    @Test
    void theLeastRecentlyUsedDocumentMakesRoom() throws Exception {
        DocumentCache cache = new DocumentCache(2);
        cache.getDocumentAsync(input("{ a }"), valid).get();
        cache.getDocumentAsync(input("{ b }"), valid).get();
        cache.getDocumentAsync(input("{ a }"), valid).get();
        cache.getDocumentAsync(input("{ c }"), valid).get();
        assertEquals(2, cache.size());
        assertEquals(3, parses.get());
        cache.getDocumentAsync(input("{ a }"), valid).get();
        assertEquals(3, parses.get(), "a was used recently and stays");
        cache.getDocumentAsync(input("{ b }"), valid).get();
        assertEquals(4, parses.get(), "b was the least recently used and went");
    }

    @Test
    void aCacheWithoutRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentCache(0));
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput(query).build();
    }
}
