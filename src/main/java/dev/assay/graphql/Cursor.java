package dev.assay.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination cursors: a kind and a position, base64url-encoded so that callers treat them as
 * tokens, and checked on the way back in so that a forged or foreign cursor is a clear input error.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String kind, String position) {
        String raw = kind + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside a cursor of the given kind; a malformed cursor names the argument it came in. */
    public static String decode(String kind, String cursor, String argument) throws BadUserInputException {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(argument, "not a cursor returned by this API");
        }
        String prefix = kind + ":";
        if (!raw.startsWith(prefix) || raw.length() == prefix.length()) {
            throw new BadUserInputException(argument, "not a cursor returned by this API for this list");
        }
        return raw.substring(prefix.length());
    }
}
