package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A name or term to find in text, as its words and what separates them. Words match whole: "Ford" is not in
 * "afford". A word written in capitals, or any word of a case-sensitive phrase, must match exactly; other words
 * of a caseless phrase match in any case. Between words, spaces and a hyphen are interchangeable ("lithium-ion"
 * is "lithium ion"); any other separator ("&", "'") must be the same, spaces around it aside.
 */
public record Phrase<K>(K owner, String text, List<String> words, List<String> separators, boolean caseSensitive) {

    public Phrase {
        Objects.requireNonNull(owner, "owner");
        words = List.copyOf(words);
        separators = List.copyOf(separators);
    }

    /** The phrase {@code text}, or null when it holds no word. */
    public static <K> Phrase<K> of(K owner, String text, boolean caseSensitive) {
        Section section = new Section(TextPart.BODY, text, Word.split(text, List.of()));
        if (section.words().isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (int i = 0; i < section.words().size(); i++) {
            words.add(section.words().get(i).text());
            if (i > 0) {
                separators.add(separator(section.between(i - 1, i)));
            }
        }
        return new Phrase<>(owner, text, words, separators, caseSensitive);
    }

    /** The key the phrase is indexed under: its first word in lower case. */
    String key() {
        return words.get(0).toLowerCase(Locale.ROOT);
    }

    /** Whether the phrase's words start at word {@code i} of the section. */
    boolean matchesAt(Section section, int i) {
        List<Word> text = section.words();
        if (i + words.size() > text.size()) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            if (!sameWord(words.get(w), text.get(i + w).text())) {
                return false;
            }
            if (w > 0 && !separators.get(w - 1).equals(separator(section.between(i + w - 1, i + w)))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameWord(String mine, String theirs) {
        return caseSensitive || Word.isCapitals(mine) ? mine.equals(theirs) : mine.equalsIgnoreCase(theirs);
    }

    /** What separates two words, normalised: "" for a space or a hyphen, else the mark without spaces. */
    static String separator(String between) {
        String normalised = between.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'').strip();
        if (normalised.isEmpty() || normalised.matches("[-‐‑‒–]")) {
            return "";
        }
        return normalised.replaceAll("\\s+", "");
    }
}
