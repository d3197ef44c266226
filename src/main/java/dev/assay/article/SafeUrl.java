package dev.assay.article;

import java.util.Locale;
import java.util.Set;

/** Decides whether an address from a document may be emitted as a link or image source. */
final class SafeUrl {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private SafeUrl() {
    }

    /** The address to link to, or null when it uses a scheme other than http(s)/mailto. */
    static String link(String href) {
        return allowed(href, LINK_SCHEMES);
    }

    /** The image address, or null when it is not http(s) or relative. */
    static String image(String src) {
        return allowed(src, IMAGE_SCHEMES);
    }

    private static String allowed(String address, Set<String> schemes) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String stripped = address.strip();
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge it without them.
        String probe = stripped.replaceAll("[\\x00-\\x20\\x7F]", "");
        int colon = probe.indexOf(':');
        int pathStart = firstIndexOfAny(probe, "/?#");
        boolean hasScheme = colon >= 0 && (pathStart < 0 || colon < pathStart);
        if (!hasScheme) {
            return stripped;
        }
        String scheme = probe.substring(0, colon).toLowerCase(Locale.ROOT);
        return schemes.contains(scheme) ? stripped : null;
    }

    private static int firstIndexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
