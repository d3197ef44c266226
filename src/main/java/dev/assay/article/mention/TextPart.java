package dev.assay.article.mention;

/** Which part of an article a sentence comes from: the title and excerpt are public, the body may not be. */
public enum TextPart {
    TITLE, EXCERPT, BODY
}
