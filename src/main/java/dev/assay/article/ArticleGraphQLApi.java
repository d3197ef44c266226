package dev.assay.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.access.CallerEntitlements;
import dev.assay.graphql.ForbiddenException;

import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageSize;

import dev.assay.publisher.Publisher;

/** Queries over articles and their batched fields. */
@GraphQLApi
public class ArticleGraphQLApi {

    @Inject
    ArticleRepository repository;

    @Inject
    ArticleSearch search;

    @Inject
    ObjectMapper mapper;

    @Inject
    CallerEntitlements caller;

    @Query("articles")
    @Description("Published articles matching the filter, newest first, as a cursor connection (at most 500 per page).")
    public @NonNull ArticleConnection articles(
            @Name("filter") @Description("Criteria; all optional, combined with AND.") ArticleFilter filter,
            @Name("first") @Description("Page size, 50 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) throws BadUserInputException {
        return search.page(filter, PageSize.of(first, "first"), after);
    }

    @Query("article")
    @Description("One article by slug; null when no published article has that slug (editors also see drafts).")
    public Article article(@Name("slug") @NonNull String slug) {
        return Article.findBySlug(slug).filter(a -> "PUBLISHED".equals(a.status) || caller.get().canEdit()).orElse(null);
    }

    @Description("DRAFT or PUBLISHED.")
    public @NonNull String status(@Source Article article) {
        return article.status;
    }

    @Description("Topic tags, by name.")
    public List<@NonNull List<@NonNull Tag>> tags(@Source List<Article> articles) {
        Map<Long, List<Tag>> tags = repository.tagsOf(ids(articles));
        return articles.stream().map(a -> tags.get(a.id)).toList();
    }

    @Description("Editorial categories, by name.")
    public List<@NonNull List<@NonNull Category>> categories(@Source List<Article> articles) {
        Map<Long, List<Category>> categories = repository.categoriesOf(ids(articles));
        return articles.stream().map(a -> categories.get(a.id)).toList();
    }

    @Description("People credited on the article: editors, then reporters.")
    public List<@NonNull List<@NonNull ArticleAuthor>> authors(@Source List<Article> articles) {
        Map<Long, List<ArticleAuthor>> credits = repository.creditsOf(ids(articles));
        return articles.stream().map(a -> credits.get(a.id)).toList();
    }

    @Description("Who published the article.")
    public List<@NonNull Publisher> publisher(@Source List<Article> articles) {
        Map<Long, Publisher> publishers = repository.publishersOf(ids(articles));
        return articles.stream().map(a -> publishers.get(a.id)).toList();
    }

    @Description("The featured image, if any.")
    public Image featuredImage(@Source Article article) {
        return Image.of(article.featuredImageUrl, article.featuredImageAlt);
    }

    @Description("The data-visualisation image, if any.")
    public Image dataVisImage(@Source Article article) {
        return Image.of(article.dataVisImageUrl, article.dataVisImageAlt);
    }

    @Description("The rich-text body as its JSON document (Storyblok rich-text schema). Private articles: "
            + "subscribers only, else null with a FORBIDDEN error.")
    public String bodyJson(@Source Article article) throws ForbiddenException {
        requireBodyAccess(article);
        return article.bodyJson;
    }

    @Description("The body rendered as sanitised HTML. Private articles: subscribers only.")
    public String bodyHtml(@Source Article article) throws ForbiddenException, JsonProcessingException {
        requireBodyAccess(article);
        return RichText.toHtml(mapper.readTree(article.bodyJson));
    }

    @Description("The body as plain text. Private articles: subscribers only.")
    public String bodyText(@Source Article article) throws ForbiddenException {
        requireBodyAccess(article);
        return article.bodyText;
    }

    @Description("Whether the caller may read the body.")
    public boolean canReadBody(@Source Article article) {
        return caller.get().canReadBody(article.visibility == Visibility.PRIVATE, article.requiredTier);
    }

    private void requireBodyAccess(Article article) throws ForbiddenException {
        if (!canReadBody(article)) {
            throw new ForbiddenException("The body of '" + article.slug + "' is for subscribers"
                    + (article.requiredTier == null ? "" : " holding the tier '" + article.requiredTier + "'"));
        }
    }

    @Description("Other published articles sharing the most tags with this one, newest first among equals.")
    public List<@NonNull List<@NonNull Article>> related(@Source List<Article> articles,
            @Name("first") @Description("How many, 5 by default, at most 50.") Integer first) throws BadUserInputException {
        int size = first == null ? 5 : first;
        if (size < 0 || size > 50) {
            throw new BadUserInputException("first", "between 0 and 50, was " + size);
        }
        Map<Long, List<Article>> related = repository.relatedByTags(ids(articles), size);
        return articles.stream().map(a -> related.get(a.id)).toList();
    }

    private static List<Long> ids(List<Article> articles) {
        return articles.stream().map(a -> a.id).toList();
    }
}
