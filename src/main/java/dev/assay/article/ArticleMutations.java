package dev.assay.article;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.access.EditorGuard;
import dev.assay.audit.AuditLog;
import dev.assay.common.Slugs;
import dev.assay.company.Company;
import dev.assay.graphql.BadUserInputException;
import dev.assay.publisher.Publisher;
import dev.assay.publisher.PublisherRef;

/** Editorial writes of articles: create and update as drafts, then publish or unpublish. */
@GraphQLApi
public class ArticleMutations {

    @Inject
    EditorGuard guard;

    @Inject
    ArticleImport articles;

    @Inject
    ArticleLinking linking;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Mutation("createArticle")
    @Description("Creates an article as a draft (editor role); `publishArticle` makes it visible.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article createArticle(@Name("slug") @NonNull @Description("New, unique slug.") String slug,
            @Name("input") @NonNull @Description("The article.") ArticleInput input) throws GraphQLException {
        String actor = guard.requireEditor("createArticle");
        BadUserInputException.requireSlug("slug", slug);
        if (Article.findBySlug(slug).isPresent()) {
            throw new BadUserInputException("slug", "an article with the slug '" + slug + "' exists; use updateArticle");
        }
        Article article = write(slug, input, actor, "createArticle");
        article.status = "DRAFT";
        return article;
    }

    @Mutation("updateArticle")
    @Description("Replaces an article's content (editor role); its publication status is kept.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article updateArticle(@Name("slug") @NonNull @Description("Slug of the article.") String slug,
            @Name("input") @NonNull @Description("The article.") ArticleInput input) throws GraphQLException {
        String actor = guard.requireEditor("updateArticle");
        String status = existing(slug).status;
        Article article = write(slug, input, actor, "updateArticle");
        article.status = status;
        return article;
    }

    @Mutation("publishArticle")
    @Description("Publishes an article (editor role).")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article publishArticle(@Name("slug") @NonNull @Description("Slug of the article.") String slug)
            throws GraphQLException {
        return setStatus(slug, "PUBLISHED", guard.requireEditor("publishArticle"), "publishArticle");
    }

    @Mutation("unpublishArticle")
    @Description("Withdraws an article to draft (editor role); nothing is deleted.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article unpublishArticle(@Name("slug") @NonNull @Description("Slug of the article.") String slug)
            throws GraphQLException {
        return setStatus(slug, "DRAFT", guard.requireEditor("unpublishArticle"), "unpublishArticle");
    }

    private Article setStatus(String slug, String status, String actor, String action) throws BadUserInputException {
        Article article = existing(slug);
        if (!status.equals(article.status)) {
            article.status = status;
            OffsetDateTime now = OffsetDateTime.now(clock);
            article.updatedAt = now;
            audit.record(actor, action, "article", slug, status, now);
        }
        return article;
    }

    private Article write(String slug, ArticleInput input, String actor, String action) throws BadUserInputException {
        if (input.title.isBlank()) {
            throw new BadUserInputException("input.title", "must not be blank");
        }
        if (input.publishedOn != null && input.publishedOn.isAfter(LocalDate.now(clock))) {
            throw new BadUserInputException("input.publishedOn", input.publishedOn + " is in the future");
        }
        Publisher publisher = Publisher.findBySlug(input.publisher).orElseThrow(
                () -> new BadUserInputException("input.publisher", "no publisher has the slug '" + input.publisher + "'"));
        JsonNode body = body(input);
        Set<Company> mentioned = input.companies == null ? null : mentioned(input.companies);
        ArticleDocument document = new ArticleDocument(slug, null, null, input.title, null, input.publishedOn,
                terms(input.tags), terms(input.categories), List.of(), List.of(), input.excerpt, Boolean.TRUE.equals(input.featured),
                (input.visibility == null ? Visibility.PUBLIC : input.visibility).name(), null, null, null, null,
                body.toString(), RichText.toPlainText(body), input.sourceUrl,
                new PublisherRef(publisher.slug, publisher.name, publisher.url));
        OffsetDateTime now = OffsetDateTime.now(clock);
        articles.apply(document, now);
        Article article = existing(slug);
        article.requiredTier = input.requiredTier;
        String details = input.title;
        if (mentioned != null) {
            linking.chooseLinked(article.id, mentioned.stream().map(c -> c.id).toList(), actor, now);
            details += "; mentions " + (input.companies.isEmpty() ? "no company"
                    : String.join(", ", input.companies.stream().distinct().toList()));
        }
        audit.record(actor, action, "article", slug, details, now);
        return article;
    }

    /** The companies behind the slugs, checked before anything is written: every slug must name one. */
    private static Set<Company> mentioned(List<String> slugs) throws BadUserInputException {
        List<String> distinct = slugs.stream().distinct().toList();
        Set<Company> companies = new LinkedHashSet<>(Company.withSlugs(distinct));
        if (companies.size() < distinct.size()) {
            Set<String> known = new HashSet<>();
            companies.forEach(company -> known.add(company.slug));
            List<String> unknown = distinct.stream().filter(slug -> !known.contains(slug)).toList();
            throw new BadUserInputException("input.companies", "no company has the slug"
                    + (unknown.size() > 1 ? "s '" : " '") + String.join("', '", unknown) + "'");
        }
        return companies;
    }

    private JsonNode body(ArticleInput input) throws BadUserInputException {
        if ((input.bodyJson == null) == (input.bodyText == null)) {
            throw new BadUserInputException("input.bodyJson", "give the body as bodyJson or as bodyText, exactly one");
        }
        if (input.bodyText != null) {
            return RichText.fromParagraphs(Arrays.stream(input.bodyText.split("\\R\\s*\\R"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList());
        }
        try {
            JsonNode doc = mapper.readTree(input.bodyJson);
            if (doc == null || !"doc".equals(doc.path("type").asText()) || !doc.path("content").isArray()) {
                throw new BadUserInputException("input.bodyJson", "must be a rich-text document: {\"type\":\"doc\",\"content\":[...]}");
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw new BadUserInputException("input.bodyJson", "is not valid JSON");
        }
    }

    private static List<Term> terms(List<String> names) {
        return names == null ? List.of() : names.stream().distinct().map(n -> new Term(Slugs.of(n), n)).toList();
    }

    private static Article existing(String slug) throws BadUserInputException {
        return Article.findBySlug(slug)
                .orElseThrow(() -> new BadUserInputException("slug", "no article has the slug '" + slug + "'"));
    }
}
