package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;

/** A commodity an article discusses: why they are linked, how often the text names it, where first. */
@Description("A commodity an article discusses: why they are linked, how often the text names it, and what its index "
        + "did after the article was published.")
public class ArticleCommodity implements SincePublished {

    @NonNull
    @Description("The commodity.")
    public final Commodity commodity;

    @NonNull
    @Description("What links them: a tag, a category, the text, or several.")
    public final List<@NonNull LinkReason> via;

    @Description("How many times the text names the commodity; 0 when only tags or categories link them.")
    public final int mentions;

    @Description("The first sentence naming the commodity; null when none does, or when it is in a body the caller "
            + "may not read.")
    public final String snippet;

    @Ignore
    public final Article article;

    ArticleCommodity(Commodity commodity, List<LinkReason> via, int mentions, String snippet, Article article) {
        this.commodity = commodity;
        this.via = via;
        this.mentions = mentions;
        this.snippet = snippet;
        this.article = article;
    }

    @Override
    public Commodity commodity() {
        return commodity;
    }

    @Override
    public Article article() {
        return article;
    }
}
