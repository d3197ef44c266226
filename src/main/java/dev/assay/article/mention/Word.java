package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.List;

/** A run of letters and digits in a text, with where it starts and ends. */
public record Word(int start, int end, String text) {

    /** The words of {@code text} that lie outside every masked range ({@code [start, end)} pairs, sorted). */
    static List<Word> split(String text, List<int[]> masked) {
        List<Word> words = new ArrayList<>();
        int mask = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            while (mask < masked.size() && masked.get(mask)[1] <= start) {
                mask++;
            }
            boolean hidden = mask < masked.size() && masked.get(mask)[0] < i;
            if (!hidden) {
                words.add(new Word(start, i, text.substring(start, i)));
            }
        }
        return words;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether every letter of the word is a capital (and it has one): an acronym such as "LFP". */
    boolean isCapitals() {
        return isCapitals(text);
    }

    static boolean isCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
