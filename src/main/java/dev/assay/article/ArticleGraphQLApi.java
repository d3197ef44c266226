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

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.publisher.Publisher;

/** Queries over articles and their batched fields. */
@GraphQLApi
public class ArticleGraphQLApi {

    @Inject
    ArticleRepository repository;

    @Inject
    ObjectMapper mapper;

    @Query("articles")
    @Description("Published articles, newest first.")
    public @NonNull List<@NonNull Article> articles() {
        return Article.list("status = 'PUBLISHED' order by publishedOn desc, id desc");
    }

    @Query("article")
    @Description("One article by slug; null when no published article has that slug.")
    public Article article(@Name("slug") @NonNull String slug) {
        return Article.findBySlug(slug).filter(a -> "PUBLISHED".equals(a.status)).orElse(null);
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

    @Description("The rich-text body as its JSON document (Storyblok rich-text schema).")
    public String bodyJson(@Source Article article) {
        return article.bodyJson;
    }

    @Description("The body rendered as sanitised HTML.")
    public String bodyHtml(@Source Article article) throws Exception {
        return RichText.toHtml(mapper.readTree(article.bodyJson));
    }

    @Description("The body as plain text.")
    public String bodyText(@Source Article article) {
        return article.bodyText;
    }

    private static List<Long> ids(List<Article> articles) {
        return articles.stream().map(a -> a.id).toList();
    }
}
