package dev.assay.article.mention;

import java.util.Set;

/**
 * Why an article is linked to a commodity, and how often its text names it.
 *
 * @param via what links them: a tag, a category, the text, or several
 * @param mentions what the text says, or null when only tags or categories link them
 */
public record TopicLink(Set<LinkReason> via, Mentions mentions) {

    /** What links an article to a commodity. */
    public enum LinkReason {
        TAG, CATEGORY, TEXT
    }

    public TopicLink {
        if (via.isEmpty()) {
            throw new IllegalArgumentException("A topic link needs a reason.");
        }
        via = Set.copyOf(via);
    }
}
