package dev.assay.article;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An article as an editor writes it. */
@Description("An article as an editor writes it. Give the body as `bodyJson` (a rich-text document) or as "
        + "`bodyText` (paragraphs separated by blank lines), not both.")
@Input("ArticleInput")
public class ArticleInput {

    @NonNull
    @Description("Headline.")
    public String title;

    @Description("Short public summary.")
    public String excerpt;

    @Description("Publication date; not in the future.")
    public LocalDate publishedOn;

    @NonNull
    @Description("Slug of an existing publisher.")
    public String publisher;

    @Description("PUBLIC (default) or PRIVATE.")
    public Visibility visibility;

    @Description("Tier a private article's body needs; null: any subscriber.")
    public String requiredTier;

    @Description("Feature the article.")
    public Boolean featured;

    @Description("Tag names; tags are created as needed.")
    public List<@NonNull String> tags;

    @Description("Category names; categories are created as needed.")
    public List<@NonNull String> categories;

    @Description("Slugs of the companies the article mentions, replacing the ones it had; null leaves them as they "
            + "are.")
    public List<@NonNull String> companies;

    @Description("The body as a rich-text JSON document (`{\"type\":\"doc\",\"content\":[...]}`).")
    public String bodyJson;

    @Description("The body as plain text; blank lines separate paragraphs.")
    public String bodyText;

    @Description("Where the article was first published, if elsewhere.")
    public String sourceUrl;
}
