package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An article that mentions the company, in a page of its articles, with the mention. */
@Description("An article that mentions the company, with the cursor to continue from it and how it mentions it.")
public class CompanyArticleEdge {

    @NonNull
    @Description("Opaque cursor; pass it as `after`.")
    public final String cursor;

    @NonNull
    @Description("The article.")
    public final Article node;

    @Description("How many times the article names the company; 0 for a link an editor made.")
    public final int mentions;

    @Description("The first sentence naming the company; null when none does, or when it is in a body the caller "
            + "may not read.")
    public final String snippet;

    @Description("Whether an editor linked the article to the company by hand.")
    public final boolean setByEditor;

    CompanyArticleEdge(String cursor, Article node, int mentions, String snippet, boolean setByEditor) {
        this.cursor = cursor;
        this.node = node;
        this.mentions = mentions;
        this.snippet = snippet;
        this.setByEditor = setByEditor;
    }
}
