package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;

/** An article that discusses the commodity, in a page of its articles, with the link. */
@Description("An article that discusses the commodity, with the cursor to continue from it, why they are linked, and "
        + "what the index did after the article was published.")
public class CommodityArticleEdge implements SincePublished {

    @NonNull
    @Description("Opaque cursor; pass it as `after`.")
    public final String cursor;

    @NonNull
    @Description("The article.")
    public final Article node;

    @NonNull
    @Description("What links them: a tag, a category, the text, or several.")
    public final List<@NonNull LinkReason> via;

    @Description("How many times the text names the commodity; 0 when only tags or categories link them.")
    public final int mentions;

    @Description("The first sentence naming the commodity; null when none does, or when it is in a body the caller "
            + "may not read.")
    public final String snippet;

    @Ignore
    public final Commodity commodity;

    CommodityArticleEdge(String cursor, Article node, List<LinkReason> via, int mentions, String snippet,
            Commodity commodity) {
        this.cursor = cursor;
        this.node = node;
        this.via = via;
        this.mentions = mentions;
        this.snippet = snippet;
        this.commodity = commodity;
    }

    @Override
    public Commodity commodity() {
        return commodity;
    }

    @Override
    public Article article() {
        return node;
    }
}
