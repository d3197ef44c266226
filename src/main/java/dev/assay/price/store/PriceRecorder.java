package dev.assay.price.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;

import dev.assay.commodity.Commodity;
import dev.assay.price.calc.InvalidPrintException;
import dev.assay.price.calc.PrintRules;

/**
 * The one write path for single prints: a new print gets its initial revision, the same value again is a
 * no-op, a different value for a known date becomes a correction. Nothing is overwritten without a trace.
 * Every print meets the {@link PrintRules}; {@link BulkPriceRecorder} is the same path for whole files.
 */
@ApplicationScoped
public class PriceRecorder {

    /** What recording a print did. */
    @Description("What a write did to a print.")
    public enum Outcome {
        @Description("A new print was stored.")
        CREATED,
        @Description("The same value was already stored: nothing changed.")
        UNCHANGED,
        @Description("The print got a new value; the earlier one is kept as a revision.")
        CORRECTED,
        @Description("The print was withdrawn; its values are kept as revisions.")
        RETRACTED
    }

    /*
     * Writers of revisions take this transaction-scoped lock, so revision ids are handed out in commit
     * order: a reader that has seen id N will never later find a smaller id committed (the change feed).
     */
    static final long REVISION_ORDER_LOCK = 0x4173736179L;

    @Inject
    EntityManager em;

    @Inject
    Event<RevisionsWritten> written;

    @Inject
    Clock clock;

    /**
     * Records a print.
     *
     * @throws InvalidPrintException when the print breaks a {@link PrintRules rule}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome record(Commodity commodity, LocalDate date, BigDecimal value, Provenance provenance) {
        PrintRules.require(date, value, LocalDate.now(clock));
        PricePoint existing = find(commodity, date);
        if (existing == null) {
            lockRevisionOrder();
            PricePoint point = new PricePoint();
            point.commodity = commodity;
            point.assessedOn = date;
            point.value = value;
            point.revision = 1;
            stamp(point, provenance);
            point.persist();
            addRevision(point, PriceRevision.Kind.INITIAL, provenance);
            written.fire(RevisionsWritten.INSTANCE);
            return Outcome.CREATED;
        }
        if (!existing.retracted && existing.value.compareTo(value) == 0) {
            return Outcome.UNCHANGED;
        }
        return correct(existing, value, provenance);
    }

    /** Gives an existing print a new value (or revives a retracted one), keeping the earlier value as a revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome correct(PricePoint existing, BigDecimal value, Provenance provenance) {
        if (!existing.retracted && existing.value.compareTo(value) == 0) {
            return Outcome.UNCHANGED;
        }
        PrintRules.require(existing.assessedOn, value, LocalDate.now(clock));
        lockRevisionOrder();
        existing.value = value;
        existing.retracted = false;
        existing.revision = existing.revision + 1;
        stamp(existing, provenance);
        addRevision(existing, PriceRevision.Kind.CORRECTION, provenance);
        written.fire(RevisionsWritten.INSTANCE);
        return Outcome.CORRECTED;
    }

    /** Withdraws a print: it leaves every series, and its values stay as revisions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome retract(PricePoint existing, Provenance provenance) {
        if (existing.retracted) {
            return Outcome.UNCHANGED;
        }
        lockRevisionOrder();
        existing.retracted = true;
        existing.revision = existing.revision + 1;
        stamp(existing, provenance);
        PriceRevision revision = newRevision(existing, PriceRevision.Kind.RETRACTION, provenance);
        revision.value = null;
        revision.persist();
        written.fire(RevisionsWritten.INSTANCE);
        return Outcome.RETRACTED;
    }

    public PricePoint find(Commodity commodity, LocalDate date) {
        return PricePoint.on(commodity, date);
    }

    private void lockRevisionOrder() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + REVISION_ORDER_LOCK + ")").getSingleResult();
    }

    private static void stamp(PricePoint point, Provenance provenance) {
        point.recordedAt = provenance.recordedAt();
        point.recordedBy = provenance.recordedBy();
        point.source = provenance.source();
    }

    private static void addRevision(PricePoint point, PriceRevision.Kind kind, Provenance provenance) {
        newRevision(point, kind, provenance).persist();
    }

    private static PriceRevision newRevision(PricePoint point, PriceRevision.Kind kind, Provenance provenance) {
        PriceRevision revision = new PriceRevision();
        revision.pricePoint = point;
        revision.revision = point.revision;
        revision.kind = kind;
        revision.value = point.value;
        revision.recordedAt = provenance.recordedAt();
        revision.recordedBy = provenance.recordedBy();
        revision.source = provenance.source();
        revision.reason = provenance.reason();
        return revision;
    }

    /** Who recorded a value, when, from where and why. */
    public record Provenance(OffsetDateTime recordedAt, String recordedBy, String source, String reason) {
    }
}
