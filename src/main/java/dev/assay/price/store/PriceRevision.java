package dev.assay.price.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One value a print has had: the initial one, a correction, or a retraction. Never updated or deleted. */
@Entity
@Table(name = "price_revision")
@Description("One value a print has had. Corrections add revisions; nothing is overwritten.")
public class PriceRevision extends PanacheEntityBase {

    /** What a revision did to its print. */
    @Description("What a revision did to its print.")
    public enum Kind {
        INITIAL, CORRECTION, RETRACTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "price_point_id")
    @Ignore
    public PricePoint pricePoint;

    @Description("1 for the initial value, then one more per correction or retraction.")
    public int revision;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What the revision did.")
    public Kind kind;

    @Description("The value this revision set; null for a retraction.")
    public BigDecimal value;

    @NonNull
    @Column(name = "recorded_at")
    @Description("When the revision was recorded.")
    public OffsetDateTime recordedAt;

    @NonNull
    @Column(name = "recorded_by")
    @Description("Who recorded it: a user, or the importer.")
    public String recordedBy;

    @NonNull
    @Description("Where the value came from: an imported document or `editor`.")
    public String source;

    @Description("Why the value was revised, for corrections and retractions.")
    public String reason;

    @NonNull
    @Description("Assessment date of the print this revision belongs to.")
    public LocalDate getDate() {
        return pricePoint.assessedOn;
    }

    @NonNull
    @Description("Slug of the commodity whose print this is.")
    public String getCommodity() {
        return pricePoint.commodity.slug;
    }

    /**
     * Up to {@code limit} revisions of the given commodities after the revision {@code position}, in commit
     * order, with their print and commodity: a page of the change feed.
     */
    public static List<PriceRevision> changesAfter(long position, Collection<Long> commodityIds, int limit) {
        if (commodityIds.isEmpty()) {
            return List.of();
        }
        return PriceRevision.<PriceRevision>find("select r from PriceRevision r join fetch r.pricePoint p "
                + "join fetch p.commodity where r.id > ?1 and p.commodity.id in ?2 order by r.id", position, commodityIds)
                .page(0, limit).list();
    }

    /**
     * Up to {@code limit} revisions after the revision {@code position}, in commit order, with their print and
     * commodity: of the given commodities, or of all when {@code commodityIds} is null. What live updates send.
     */
    public static List<PriceRevision> committedAfter(long position, Collection<Long> commodityIds, int limit) {
        if (commodityIds == null) {
            return PriceRevision.<PriceRevision>find("select r from PriceRevision r join fetch r.pricePoint p "
                    + "join fetch p.commodity where r.id > ?1 order by r.id", position).page(0, limit).list();
        }
        return changesAfter(position, commodityIds, limit);
    }

    /**
     * Every revision of the given commodities' prints, oldest print first and revisions in order, with their print;
     * only those of the print assessed on {@code date} when it is not null.
     */
    public static List<PriceRevision> ofCommodities(Collection<Long> commodityIds, LocalDate date) {
        String query = "select r from PriceRevision r join fetch r.pricePoint p where p.commodity.id in ?1"
                + (date == null ? "" : " and p.assessedOn = ?2") + " order by p.assessedOn, r.revision";
        return date == null ? PriceRevision.list(query, commodityIds) : PriceRevision.list(query, commodityIds, date);
    }

    /** The id of the latest revision of any series, 0 when there is none: the head of the change feed. */
    public static long latestId() {
        Long latest = getEntityManager().createQuery("select max(r.id) from PriceRevision r", Long.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }
}
