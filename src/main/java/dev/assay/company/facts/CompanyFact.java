package dev.assay.company.facts;

import java.math.BigDecimal;

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

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.article.Article;
import dev.assay.company.Company;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A figure an article states about a company (capacity, plants, a target), for a year, with its source. */
@Entity
@Table(name = "company_fact")
@Description("A figure an article states about a company (a capacity, a number of plants, a target), for a year, "
        + "citing the sentence it comes from.")
public class CompanyFact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    @Ignore
    public Company company;

    @NonNull
    @Description("What is measured, as a slug: `production-capacity`, `operating-gigafactories`, `plant-capacity`...")
    public String metric;

    @Description("What the figure covers when narrower than the company: a plant, a product line.")
    public String scope;

    @NonNull
    @Description("The figure, exactly as stated.")
    public BigDecimal value;

    @NonNull
    @Description("Its unit: `GWh`, `TWh`, `plants`, `%`, `USD`, `Wh/L`.")
    public String unit;

    @Description("The year the figure is for.")
    public int year;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether it was achieved, is forecast, targeted or planned.")
    public FactStatus status;

    @NonNull
    @Description("The fact in a sentence.")
    public String statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_article_id")
    @Ignore
    public Article sourceArticle;

    @Column(name = "source_sentence")
    @Ignore
    public String sourceSentence;

    @Ignore
    public int position;
}
