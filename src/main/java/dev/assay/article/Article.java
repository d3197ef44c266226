package dev.assay.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.assay.publisher.Publisher;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A news or analysis article with its taxonomy, people, images and rich-text body. */
@Entity
@Table(name = "article")
@Description("A market news or analysis article.")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable identifier used in URLs.")
    public String slug;

    @Column(name = "external_id")
    @Description("The publisher's own identifier of the article, where it has one.")
    public String externalId;

    @Ignore
    public String uuid;

    @Column(name = "full_slug")
    @Ignore
    public String fullSlug;

    @NonNull
    @Description("Headline.")
    public String title;

    @Description("Short summary, always public.")
    public String excerpt;

    @Column(name = "published_on")
    @Description("Publication date; null when the source does not state one.")
    public LocalDate publishedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id")
    @Ignore
    public Publisher publisher;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Who may read the body.")
    public Visibility visibility;

    @Column(name = "required_tier")
    @Description("Subscription tier needed to read the body of a private article; null means any subscriber.")
    public String requiredTier;

    @Ignore
    public String status;

    @Description("Whether editors feature the article.")
    public boolean featured;

    @Column(name = "seo_title")
    @Description("Title for search engines.")
    public String seoTitle;

    @Column(name = "seo_description")
    @Description("Description for search engines.")
    public String seoDescription;

    @Column(name = "featured_image_url")
    @Ignore
    public String featuredImageUrl;

    @Column(name = "featured_image_alt")
    @Ignore
    public String featuredImageAlt;

    @Column(name = "data_vis_image_url")
    @Ignore
    public String dataVisImageUrl;

    @Column(name = "data_vis_image_alt")
    @Ignore
    public String dataVisImageAlt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "body_json", columnDefinition = "jsonb")
    @Ignore
    public String bodyJson;

    @Column(name = "body_text")
    @Ignore
    public String bodyText;

    @Column(name = "source_url")
    @Description("Where the article was originally published.")
    public String sourceUrl;

    @Column(name = "created_at", insertable = false, updatable = false)
    @Ignore
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    @Ignore
    public OffsetDateTime updatedAt;

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @Ignore
    public Set<Tag> tagSet = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @Ignore
    public Set<Category> categorySet = new LinkedHashSet<>();

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The articles with these ids, in one statement (none for no ids); unknown ids are simply absent. */
    public static List<Article> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
