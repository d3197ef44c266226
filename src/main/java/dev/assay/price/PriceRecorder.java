package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.assay.commodity.Commodity;

/**
 * The one write path for prints: a new print gets its initial revision, the same value again is a
 * no-op, a different value for a known date becomes a correction. Nothing is overwritten without a trace.
 */
@ApplicationScoped
public class PriceRecorder {

    /** What recording a print did. */
    public enum Outcome {
        CREATED, UNCHANGED, CORRECTED
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome record(Commodity commodity, LocalDate date, BigDecimal value, Provenance provenance) {
        PricePoint existing = PricePoint.find("commodity = ?1 and assessedOn = ?2", commodity, date).firstResult();
        if (existing == null) {
            PricePoint point = new PricePoint();
            point.commodity = commodity;
            point.assessedOn = date;
            point.value = value;
            point.revision = 1;
            stamp(point, provenance);
            point.persist();
            addRevision(point, PriceRevision.Kind.INITIAL, provenance);
            return Outcome.CREATED;
        }
        if (!existing.retracted && existing.value.compareTo(value) == 0) {
            return Outcome.UNCHANGED;
        }
        existing.value = value;
        existing.retracted = false;
        existing.revision = existing.revision + 1;
        stamp(existing, provenance);
        addRevision(existing, PriceRevision.Kind.CORRECTION, provenance);
        return Outcome.CORRECTED;
    }

    private static void stamp(PricePoint point, Provenance provenance) {
        point.recordedAt = provenance.recordedAt();
        point.recordedBy = provenance.recordedBy();
        point.source = provenance.source();
    }

    private static void addRevision(PricePoint point, PriceRevision.Kind kind, Provenance provenance) {
        PriceRevision revision = new PriceRevision();
        revision.pricePoint = point;
        revision.revision = point.revision;
        revision.kind = kind;
        revision.value = point.value;
        revision.recordedAt = provenance.recordedAt();
        revision.recordedBy = provenance.recordedBy();
        revision.source = provenance.source();
        revision.reason = provenance.reason();
        revision.persist();
    }

    /** Who recorded a value, when, from where and why. */
    public record Provenance(OffsetDateTime recordedAt, String recordedBy, String source, String reason) {
    }
}
