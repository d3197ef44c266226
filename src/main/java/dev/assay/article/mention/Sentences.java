package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences of a text start and end. A line break always ends one; a full stop, question or
 * exclamation mark ends one when a space and a capital, digit or opening quote follow, unless it closes an
 * abbreviation ("Mr.", "Inc.") or an initial ("U.S.").
 */
public final class Sentences {

    /** Longer sentences are cut around the mention, so that a snippet stays readable. */
    static final int MAX_SNIPPET = 400;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co",
            "corp", "plc", "st", "jr", "sr", "vs", "etc", "eg", "ie", "no", "approx", "est", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private final String text;
    private final List<Integer> starts;

    private Sentences(String text, List<Integer> starts) {
        this.text = text;
        this.starts = starts;
    }

    public static Sentences of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int next = i + 1;
                while (next < text.length() && "\"”’')]".indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                starts.add(next);
            }
        }
        return new Sentences(text, starts);
    }

    /** The sentence holding the characters {@code [start, end)}, trimmed, and cut to a window when very long. */
    public String around(int start, int end) {
        int index = 0;
        for (int i = 0; i < starts.size() && starts.get(i) <= start; i++) {
            index = i;
        }
        int from = starts.get(index);
        int to = text.length();
        for (int i = index + 1; i < starts.size(); i++) {
            if (starts.get(i) >= end) {
                to = starts.get(i);
                break;
            }
        }
        String sentence = text.substring(from, to);
        int lead = sentence.length() - sentence.stripLeading().length();
        String trimmed = sentence.strip();
        if (trimmed.length() <= MAX_SNIPPET) {
            return trimmed;
        }
        return window(trimmed, start - from - lead, end - from - lead);
    }

    /** All the sentences, trimmed, without empty ones. */
    public List<String> all() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String sentence = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String window(String sentence, int start, int end) {
        int half = (MAX_SNIPPET - (end - start)) / 2;
        int from = Math.max(0, start - Math.max(half, 0));
        int to = Math.min(sentence.length(), Math.max(end, from + MAX_SNIPPET));
        from = Math.max(0, Math.min(from, to - MAX_SNIPPET));
        if (from > 0) {
            int space = sentence.indexOf(' ', from);
            from = space < 0 || space >= start ? from : space + 1;
        }
        if (to < sentence.length()) {
            int space = sentence.lastIndexOf(' ', to);
            to = space <= end ? to : space;
        }
        return (from > 0 ? "…" : "") + sentence.substring(from, to).strip() + (to < sentence.length() ? "…" : "");
    }

    private static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        while (next < text.length() && "\"”’')]".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next < text.length() && text.charAt(next) != '\n') {
            char first = text.charAt(next);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“‘'(".indexOf(first) < 0) {
                return false;
            }
        }
        if (text.charAt(stop) != '.') {
            return true;
        }
        int wordStart = stop;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop);
        if (word.isEmpty()) {
            return true;
        }
        String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
        // "U.S." and "J." are initials; "Inc." and "Mr." abbreviations
        return !(word.contains(".") || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(bare));
    }
}
