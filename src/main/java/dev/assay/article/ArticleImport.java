package dev.assay.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.assay.publisher.Publishers;

/**
 * Stores an article document with its tags, categories and people, and links it to the companies and commodities
 * it is about; an identical document changes nothing.
 */
@ApplicationScoped
public class ArticleImport {

    /** What storing one article did. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    @Inject
    Publishers publishers;

    @Inject
    ArticleLinking linking;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(ArticleDocument doc, OffsetDateTime at) {
        Article article = Article.findBySlug(doc.slug()).orElse(null);
        boolean isNew = article == null;
        if (isNew) {
            article = new Article();
            article.slug = doc.slug();
        } else if (sameContent(article, doc)) {
            return Outcome.UNCHANGED;
        }
        article.externalId = doc.externalId();
        article.uuid = doc.uuid();
        article.fullSlug = doc.fullSlug();
        article.title = doc.title();
        article.excerpt = doc.excerpt();
        article.publishedOn = doc.publishedOn();
        article.publisher = publishers.upsert(doc.publisher());
        article.visibility = visibilityOf(doc.visibility());
        article.status = "PUBLISHED";
        article.featured = doc.featured();
        article.seoTitle = doc.seoTitle();
        article.seoDescription = doc.seoDescription();
        article.featuredImageUrl = doc.featuredImage() == null ? null : doc.featuredImage().url();
        article.featuredImageAlt = doc.featuredImage() == null ? null : doc.featuredImage().alt();
        article.dataVisImageUrl = doc.dataVisImage() == null ? null : doc.dataVisImage().url();
        article.dataVisImageAlt = doc.dataVisImage() == null ? null : doc.dataVisImage().alt();
        article.bodyJson = doc.bodyJson();
        article.bodyText = doc.bodyText();
        article.sourceUrl = doc.sourceUrl();
        article.updatedAt = at;
        article.tagSet.clear();
        for (Term term : doc.tags()) {
            article.tagSet.add(tag(term));
        }
        article.categorySet.clear();
        for (Term term : doc.categories()) {
            article.categorySet.add(category(term));
        }
        if (isNew) {
            article.persist();
        } else {
            ArticleAuthor.deleteOf(article);
        }
        credit(article, doc.editors(), AuthorRole.EDITOR);
        credit(article, doc.reporters(), AuthorRole.REPORTER);
        // The companies and commodities it is about follow from its text, tags and categories as now stored
        linking.refresh(article.id);
        return isNew ? Outcome.CREATED : Outcome.UPDATED;
    }

    private static boolean sameContent(Article article, ArticleDocument doc) {
        return Objects.equals(article.title, doc.title()) && Objects.equals(article.bodyText, doc.bodyText())
                && Objects.equals(article.excerpt, doc.excerpt()) && Objects.equals(article.publishedOn, doc.publishedOn())
                && article.visibility == visibilityOf(doc.visibility());
    }

    private static Visibility visibilityOf(String value) {
        return value == null ? Visibility.PUBLIC : Visibility.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    private static Tag tag(Term term) {
        return Tag.findBySlug(term.slug()).orElseGet(() -> {
            Tag tag = new Tag();
            tag.slug = term.slug();
            tag.name = term.name();
            tag.persist();
            return tag;
        });
    }

    private static Category category(Term term) {
        return Category.findBySlug(term.slug()).orElseGet(() -> {
            Category category = new Category();
            category.slug = term.slug();
            category.name = term.name();
            category.persist();
            return category;
        });
    }

    private static void credit(Article article, List<Person> people, AuthorRole role) {
        int position = 0;
        for (Person person : people) {
            ArticleAuthor credit = new ArticleAuthor();
            credit.article = article;
            credit.person = author(person);
            credit.role = role;
            credit.position = position++;
            credit.persist();
        }
    }

    private static Author author(Person person) {
        Author author = Author.findBySlug(person.slug()).orElseGet(Author::new);
        author.slug = person.slug();
        author.name = person.name();
        author.jobTitle = person.jobTitle();
        author.bio = person.bio();
        author.imageUrl = person.imageUrl();
        author.linkedinUrl = person.linkedinUrl();
        if (author.id == null) {
            author.persist();
        }
        return author;
    }
}
