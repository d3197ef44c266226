package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranges of a text that are not prose about anything: web and e-mail addresses, and picture credits
 * ("Photo credit: …", "Image courtesy of …", up to the end of the line or the closing bracket).
 */
final class Masks {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"]+"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"
                    + "|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|io|ai|co|cn|kr|jp|de|uk|eu|gov|edu|info"
                    + "|biz|technology|energy)\\b(?:/[^\\s<>\"]*)?");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(?:(?:photo|image|picture|graphic|illustration)s?\\s*(?:credits?|courtesy(?:\\s+of)?|source|by)?\\s*:"
                    + "|(?:photo|image|picture)s?\\s+courtesy\\s+of\\b|credits?\\s*:)");

    private Masks() {
    }

    /** The masked ranges of {@code text} as sorted, non-overlapping {@code [start, end)} pairs. */
    static List<int[]> of(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            ranges.add(new int[] {address.start(), address.end()});
        }
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            ranges.add(new int[] {credit.start(), creditEnd(text, credit.start(), credit.end())});
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** A credit runs to the end of its line, or to the bracket that closes the one it opened in. */
    private static int creditEnd(String text, int start, int from) {
        int line = text.indexOf('\n', from);
        int end = line < 0 ? text.length() : line;
        int open = text.lastIndexOf('(', start);
        if (open >= 0 && text.substring(open + 1, start).isBlank()) {
            int close = text.indexOf(')', from);
            if (close >= 0 && close < end) {
                end = close;
            }
        }
        return end;
    }
}
