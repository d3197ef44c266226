package dev.assay.price.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import dev.assay.commodity.Commodity;
import dev.assay.publisher.Publisher;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a publisher printed for an index on a published date, kept to reconcile with what Assay computes. */
@Entity
@Table(name = "reported_figures")
@Description("Figures a publisher printed for an index on a date.")
public class ReportedFigures extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commodity_id")
    @Ignore
    public Commodity commodity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id")
    @Ignore
    public Publisher publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public BigDecimal today;

    public BigDecimal last;

    @Column(name = "percentage_change")
    public BigDecimal percentageChange;

    @Column(name = "year_to_date")
    public BigDecimal yearToDate;

    @Column(name = "year_on_year")
    public BigDecimal yearOnYear;

    @Column(name = "imported_at")
    @Ignore
    public OffsetDateTime importedAt;

    @Ignore
    public String source;
}
