package dev.assay.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

/** Criteria of an article list; every criterion is optional and they combine with AND. */
@Description("Criteria of an article list; every criterion is optional and they combine with AND.")
public class ArticleFilter {

    @Description("Tag slug the article must carry.")
    public String tag;

    @Description("Category slug the article must be in.")
    public String category;

    @Description("Slug of a person credited on the article, as editor or reporter.")
    public String author;

    @Description("Publisher slug.")
    public String publisher;

    @Description("Published on or after this date.")
    public LocalDate from;

    @Description("Published on or before this date.")
    public LocalDate to;

    @Description("Only featured (true) or only other (false) articles.")
    public Boolean featured;

    @Description("Words to find in title, excerpt and body (English full-text search).")
    public String search;
}
