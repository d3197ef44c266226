package dev.assay.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Opaque pagination cursors: a kind and a position, base64url-encoded so that callers treat them as
 * tokens, and checked on the way back in so that a forged or foreign cursor is a clear input error.
 * A position is made of dates ({@code YYYY-MM-DD}), non-negative whole numbers and slugs (the series a
 * cursor is bound to) joined by {@code |}; a forged one holding anything else (a date of year 999999999, a
 * negative id) never reaches a query.
 */
public final class Cursor {

    private static final String PART = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,18}|[a-z][a-z0-9-]{0,99})";
    private static final Pattern POSITION = Pattern.compile(PART + "(\\|" + PART + ")*");
    /** Far longer than any cursor this API hands out. */
    private static final int MAX_LENGTH = 1_000;

    private Cursor() {
    }

    public static String encode(String kind, String position) {
        String raw = kind + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #decode}, for a position whose last part is free text (a name to sort by): the
     * {@code leadingParts} before it are checked as {@code decode} checks parts, the text only for control
     * characters.
     */
    public static String decodeEndingInText(String kind, String cursor, String argument, int leadingParts)
            throws BadUserInputException {
        String raw = raw(kind, cursor, argument);
        String[] parts = raw.substring(kind.length() + 1).split("\\|", leadingParts + 1);
        boolean wellFormed = parts.length == leadingParts + 1
                && parts[leadingParts].chars().noneMatch(Character::isISOControl);
        for (int i = 0; wellFormed && i < leadingParts; i++) {
            wellFormed = Pattern.matches(PART, parts[i]);
        }
        if (!wellFormed) {
            throw new BadUserInputException(argument, "not a cursor returned by this API for this list");
        }
        return raw.substring(kind.length() + 1);
    }

    /** The position inside a cursor of the given kind; a malformed cursor names the argument it came in. */
    public static String decode(String kind, String cursor, String argument) throws BadUserInputException {
        String raw = raw(kind, cursor, argument);
        if (!POSITION.matcher(raw).region(kind.length() + 1, raw.length()).matches()) {
            throw new BadUserInputException(argument, "not a cursor returned by this API for this list");
        }
        return raw.substring(kind.length() + 1);
    }

    /** The decoded text of a cursor of the given kind, kind and all. */
    private static String raw(String kind, String cursor, String argument) throws BadUserInputException {
        if (cursor.length() > MAX_LENGTH) {
            throw new BadUserInputException(argument, "not a cursor returned by this API");
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(argument, "not a cursor returned by this API");
        }
        if (!raw.startsWith(kind + ":")) {
            throw new BadUserInputException(argument, "not a cursor returned by this API for this list");
        }
        return raw;
    }
}
