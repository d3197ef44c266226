package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;

/** What links an article to a commodity. */
@Description("What links an article to a commodity.")
public enum LinkReason {
    @Description("One of the article's tags is one of the commodity's.")
    TAG,
    @Description("One of the article's categories is one of the commodity's.")
    CATEGORY,
    @Description("The article's text names the commodity.")
    TEXT
}
