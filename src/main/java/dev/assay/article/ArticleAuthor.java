package dev.assay.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person credited on an article, in a role and position. */
@Entity
@Table(name = "article_author")
@Description("A person credited on an article.")
public class ArticleAuthor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Ignore
    public Article article;

    @NonNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    @Description("The person credited.")
    public Author person;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part they played.")
    public AuthorRole role;

    @Ignore
    public int position;

    /** Removes the credits of an article, before it is credited anew. */
    public static void deleteOf(Article article) {
        delete("article", article);
    }
}
