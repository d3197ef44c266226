package dev.assay.company.facts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.article.Article;

/** Where a relation or a fact comes from: an article and the sentence of it that states it. */
@Description("Where a relation or a fact comes from: an article and the sentence of it that states it.")
public class SourceSentence {

    @NonNull
    @Description("The article.")
    public final Article article;

    @Description("The sentence, word for word; null when it is in the body of an article the caller may not read.")
    public final String sentence;

    SourceSentence(Article article, String sentence) {
        this.article = article;
        this.sentence = sentence;
    }
}
