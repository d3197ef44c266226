package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;

/** How the articles linked to a company or a commodity are ordered. */
@Description("How the articles linked to a company or a commodity are ordered.")
public enum MentionOrder {
    @Description("Those that name it most often first, then newest first.")
    RELEVANCE,
    @Description("Newest first, as `articles` lists them and with the same cursors.")
    NEWEST
}
