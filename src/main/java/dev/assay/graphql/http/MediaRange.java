package dev.assay.graphql.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an {@code Accept} or {@code Content-Type} header: a type such as {@code application/json}
 * (lower-cased, as media types compare case-insensitively), its quality and its charset, if given.
 */
record MediaRange(String type, float quality, String charset, int position) {

    /** The entries of a header value in the order written; entries that do not parse are left out. */
    static List<MediaRange> parseAll(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header == null) {
            return ranges;
        }
        String[] entries = header.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            MediaRange range = parse(entries[i], i);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** A single entry, or null when it is not {@code type/subtype} with well-formed parameters. */
    static MediaRange parse(String entry, int position) {
        String[] parts = entry.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0 || type.contains(" ")) {
            return null;
        }
        float quality = 1f;
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length != 2) {
                continue;
            }
            String key = parameter[0].strip().toLowerCase(Locale.ROOT);
            String value = unquoted(parameter[1].strip());
            if (key.equals("q")) {
                try {
                    quality = Float.parseFloat(value);
                } catch (NumberFormatException e) {
                    return null;
                }
                if (!(quality >= 0 && quality <= 1)) {
                    return null;
                }
            } else if (key.equals("charset")) {
                charset = value;
            }
        }
        return new MediaRange(type, quality, charset, position);
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1)
                : value;
    }

    /** How closely this range names a type: 2 exactly, 1 as {@code type/*}, 0 as {@code *}{@code /*}, -1 not at all. */
    int specificity(String mediaType) {
        if (type.equals(mediaType)) {
            return 2;
        }
        if (type.equals("*/*")) {
            return 0;
        }
        return type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1)) ? 1 : -1;
    }

    boolean utf8OrUnspecified() {
        return charset == null || charset.equalsIgnoreCase("utf-8");
    }
}
