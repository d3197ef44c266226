package dev.assay.company.facts;

import jakarta.persistence.Column;
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

import dev.assay.article.Article;
import dev.assay.company.Company;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A relation between two companies as stored, one way round: the subject is the subsidiary or the supplier;
 * joint ventures and partnerships read the same either way. {@link CompanyRelation} is how each side sees it.
 */
@Entity
@Table(name = "company_relation")
public class Relationship extends PanacheEntityBase {

    /** The kinds of relation as stored. */
    public enum Kind {
        JOINT_VENTURE, PARTNERSHIP, SUBSIDIARY_OF, SUPPLIER_OF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    public Company subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id")
    public Company object;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_article_id")
    public Article sourceArticle;

    @Column(name = "source_sentence")
    public String sourceSentence;
}
