package dev.assay.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers derived from names: lowercase ASCII words joined by single hyphens. */
public final class Slugs {

    /** What a slug looks like; the database checks the same pattern. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.matches(PATTERN);
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
