package dev.assay.article.mention;

import java.util.Objects;

/**
 * How often an article mentions something, and the first sentence that does, with the part it is in.
 *
 * @param count the mentions, at least one
 * @param part where the first mention is
 * @param sentence the sentence of the first mention
 */
public record Mentions(int count, TextPart part, String sentence) {

    public Mentions {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(sentence, "sentence");
        if (count < 1) {
            throw new IllegalArgumentException("Mentions need a count of at least one, not " + count + ".");
        }
    }

    Mentions plusOne() {
        return new Mentions(count + 1, part, sentence);
    }
}
