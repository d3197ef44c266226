package dev.assay.common;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers derived from names: lowercase ASCII words joined by single hyphens. */
public final class Slugs {

    /** What a slug looks like; the database checks the same pattern. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slugs() {
    }

    /**
     * Whether the text has the form of {@link #PATTERN}, checked character by character: the regular
     * expression recurses once per hyphen and overflows the stack on a slug of a few thousand characters.
     */
    public static boolean isValid(String slug) {
        if (slug == null || slug.isEmpty() || slug.charAt(0) == '-' || slug.charAt(slug.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || slug.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot derive an identifier from '" + name + "'");
        }
        return slug;
    }
}
