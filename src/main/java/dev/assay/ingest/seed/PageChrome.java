package dev.assay.ingest.seed;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the lines of a copied web page that belong to the site rather than to the article. */
final class PageChrome {

    private static final String MONTH =
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s*)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?";

    /** A line that is nothing but a date, as sites print above, below or beside articles. */
    private static final List<Pattern> DATE_LINES = List.of(
            Pattern.compile("(?:[a-z]{3,9},?\\s+)?" + MONTH + "\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}" + TIME),
            Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}" + TIME),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[ t]\\d{2}:\\d{2}(?::\\d{2})?)?"),
            Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}" + TIME));

    /** Newsletter and subscription prompts, form prompts, share widgets and machine-author notices. */
    private static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("[\\p{L}\\p{N}&.' -]{1,40}\\s+newsletter"),
            Pattern.compile(".*\\bfree to your inbox\\b.*"),
            Pattern.compile(".*\\b(?:subscribe|sign up)\\b.{0,40}\\b(?:newsletter|updates|alerts)\\b.*"),
            Pattern.compile("(?:subscribe|sign up|sign in|log in|register)(?: now| today)?[.!]?"),
            Pattern.compile(".*\\b(?:fill in|fill out|complete) the form\\b.*"),
            Pattern.compile("(?:share|share this(?: article| story| post)?|tweet|print|email|copy link|facebook"
                    + "|twitter|x|linkedin|whatsapp|reddit|telegram)\\s*:?"),
            Pattern.compile("share (?:on|via|to) [\\p{L} ]{1,20}"),
            Pattern.compile("ai writing agent\\b.*"),
            Pattern.compile("no comments yet\\.?"),
            Pattern.compile("advertisement"));

    /** Headings after which a page carries comments or other stories, never more of the article. */
    private static final List<Pattern> ARTICLE_END = List.of(
            Pattern.compile("(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?:?"),
            Pattern.compile("leave a (?:comment|reply):?"),
            Pattern.compile("(?:related|recommended|trending|latest) (?:articles|news|stories|posts|reads):?"),
            Pattern.compile("you (?:may|might) also like:?"));

    private static final Pattern NO_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PageChrome() {
    }

    /** Whether {@code line} (trimmed) is site furniture to drop. */
    static boolean isChrome(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return NO_WORDS.matcher(line).matches()
                || matchesAny(DATE_LINES, lower)
                || matchesAny(BOILERPLATE, lower);
    }

    /** Whether {@code line} (trimmed) starts the part of the page that follows the article. */
    static boolean endsArticle(String line) {
        return matchesAny(ARTICLE_END, line.toLowerCase(Locale.ROOT));
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
