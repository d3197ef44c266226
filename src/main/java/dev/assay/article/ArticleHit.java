package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An article found by a search, with its rank and a highlighted snippet. */
@Description("An article found by a search, with its rank and a highlighted snippet.")
public class ArticleHit {

    @NonNull
    @Description("Opaque cursor; pass it as `after`.")
    public final String cursor;

    @NonNull
    @Description("The article.")
    public final Article node;

    @Description("How well it matches: higher is better; words in the title weigh most, then the excerpt, then the body.")
    public final double rank;

    @NonNull
    @Description("Passages around the words found, as HTML: the text escaped, each word found in `<mark>…</mark>`. From "
            + "the body only for callers who may read it.")
    public final String snippet;

    ArticleHit(String cursor, Article node, double rank, String snippet) {
        this.cursor = cursor;
        this.node = node;
        this.rank = rank;
        this.snippet = snippet;
    }
}
