package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;

/** The part a person played in an article. */
@Description("The part a person played in an article.")
public enum AuthorRole {
    EDITOR, REPORTER
}
