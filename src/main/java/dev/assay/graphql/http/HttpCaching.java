package dev.assay.graphql.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import dev.assay.cache.AnswerKey;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * What HTTP caches (a browser's, a CDN) are told about an answer. An answer the service may cache carries an
 * entity tag made from its key and data version, so that any instance, asked again with {@code If-None-Match},
 * can say "not modified" while the data has not changed, without computing the answer. Anonymous answers are
 * {@code public, no-cache}: a shared cache may keep one but must revalidate it before each use. A signed-in
 * caller's are {@code private, no-cache}, which no shared cache stores. Both vary by {@code Authorization} (so a
 * shared cache never hands an anonymous copy to a signed-in caller), by {@code Accept} (the media type) and by
 * {@code Origin} (the CORS headers name the origin allowed).
 * Everything else the endpoint answers (mutations, errors, answers the cache may not keep) is {@code no-store}.
 */
final class HttpCaching {

    static final CharSequence PUBLIC = HttpHeaders.createOptimized("public, no-cache");
    static final CharSequence PRIVATE = HttpHeaders.createOptimized("private, no-cache");
    static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    static final CharSequence VARY = HttpHeaders.createOptimized("Accept, Authorization, Origin");

    private HttpCaching() {
    }

    /** The entity tags of an answer, one per response format (by ordinal): strong, quoted. */
    static String[] etags(AnswerKey key) {
        String base = digest(key);
        ResponseFormat[] formats = ResponseFormat.values();
        String[] etags = new String[formats.length];
        for (ResponseFormat format : formats) {
            etags[format.ordinal()] = '"' + base + '-' + format.ordinal() + '"';
        }
        return etags;
    }

    /** The entity tag of the answer to {@code key} in {@code format}, whether or not it is held. */
    static String etag(AnswerKey key, ResponseFormat format) {
        return etags(key)[format.ordinal()];
    }

    /**
     * Whether an {@code If-None-Match} header names {@code etag} (compared weakly, as the header asks) or is
     * {@code *}. Tags are quoted and hold no quote, so one cannot be found inside another.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag);
    }

    /** The validators of an answer the service may cache, for this caller. */
    static void cacheable(MultiMap headers, String etag, boolean anonymous) {
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(HttpHeaders.CACHE_CONTROL, anonymous ? PUBLIC : PRIVATE);
        // Added, not set: a Vary of another handler stays
        headers.add(HttpHeaders.VARY, VARY);
    }

    /** Nothing to keep, unless a header was set already (a cacheable answer's). */
    static void notStored(MultiMap headers) {
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    private static String digest(AnswerKey key) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // Each part is preceded by its length: no two keys give the same input
        for (String part : new String[] { Long.toString(key.version()), key.audience(), key.document(),
                key.operationName() == null ? "\u0000" : key.operationName(), key.arguments() }) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        byte[] hash = sha256.digest();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
    }
}
