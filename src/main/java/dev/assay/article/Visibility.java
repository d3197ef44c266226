package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;

/** Who may read an article's body. */
@Description("Who may read an article's body: everyone, or entitled subscribers. Title and excerpt are always public.")
public enum Visibility {
    PUBLIC, PRIVATE
}
