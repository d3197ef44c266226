package dev.assay.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct query text once. Front ends send the same few documents over and
 * over (the ticker, a price page), and parsing plus validation costs more than executing a small one.
 * Only valid documents are kept; the limits on depth and complexity still run on every execution.
 * The least recently used document makes room once {@code capacity} are held, so unique queries cannot
 * grow it without bound.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> documents;

    public DocumentCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A document cache needs room for at least one document, not " + capacity);
        }
        this.documents = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = cached(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            remember(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** How many documents are held. */
    public int size() {
        synchronized (documents) {
            return documents.size();
        }
    }

    private PreparsedDocumentEntry cached(String query) {
        synchronized (documents) {
            return documents.get(query);
        }
    }

    private void remember(String query, PreparsedDocumentEntry entry) {
        synchronized (documents) {
            documents.put(query, entry);
        }
    }
}
