package dev.assay.article.mention;

import java.util.List;
import java.util.Objects;

/**
 * One part of an article's text, split into the words that may be matched: words inside a web address, an
 * e-mail address or a picture credit are left out, so that nothing there counts as a mention.
 */
public record Section(TextPart part, String text, List<Word> words) {

    public Section {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
    }

    public static Section of(TextPart part, String text) {
        return new Section(part, text, Word.split(text, Masks.of(text)));
    }

    /** The text between two words: what separates them. */
    String between(int word, int next) {
        return text.substring(words.get(word).end(), words.get(next).start());
    }
}
