package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An article in a page of a list, with its cursor. */
@Description("An article in a page of a list, with the cursor to continue from it.")
public class ArticleEdge {

    @NonNull
    @Description("Opaque cursor; pass it as `after`.")
    public final String cursor;

    @NonNull
    @Description("The article.")
    public final Article node;

    ArticleEdge(String cursor, Article node) {
        this.cursor = cursor;
        this.node = node;
    }
}
