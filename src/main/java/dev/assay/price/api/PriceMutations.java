package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.access.EditorGuard;
import dev.assay.audit.AuditLog;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import dev.assay.price.store.PricePoint;
import dev.assay.price.store.PriceRecorder;
import dev.assay.price.store.PriceRecorder.Outcome;
import dev.assay.price.store.PriceRecorder.Provenance;

/**
 * Editorial writes of prints. Each is validated before anything is written and runs in one
 * transaction with its audit entry; nothing is overwritten: corrections and retractions add revisions.
 */
@GraphQLApi
public class PriceMutations {

    @Inject
    PriceRecorder recorder;

    @Inject
    EditorGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Mutation("recordPrint")
    @Description("Records a new print (editor role). Re-sending the same print changes nothing; a print dated "
            + "before the latest is accepted and moves nothing backwards; a different value for a date that already "
            + "has a print is refused: use `correctPrint`.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull PrintWrite recordPrint(
            @Name("commodity") @NonNull @Description("Commodity slug.") String slug,
            @Name("date") @NonNull @Description("Assessment date; not in the future.") LocalDate date,
            @Name("value") @NonNull @Description("The value, > 0, at most 6 decimals.") BigDecimal value)
            throws GraphQLException {
        String actor = guard.requireEditor("recordPrint");
        Commodity commodity = commodity(slug);
        PrintValidation.check(date, value, LocalDate.now(clock));
        PricePoint existing = recorder.find(commodity, date);
        if (existing != null && !existing.retracted && existing.value.compareTo(value) != 0) {
            throw new BadUserInputException("value", slug + " already has a print on " + date + " ("
                    + existing.value.toPlainString() + "); use correctPrint to revise it");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Outcome outcome = recorder.record(commodity, date, value,
                new Provenance(now, actor, "editor", null));
        if (outcome != Outcome.UNCHANGED) {
            audit.record(actor, "recordPrint", "print", slug + "@" + date, "value " + value.toPlainString(), now);
        }
        return new PrintWrite(commodity, recorder.find(commodity, date), outcome);
    }

    @Mutation("correctPrint")
    @Description("Gives an existing print a new value (editor role). The earlier value stays as a revision, so "
            + "queries with `knownAt` before now still answer with it.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull PrintWrite correctPrint(
            @Name("commodity") @NonNull @Description("Commodity slug.") String slug,
            @Name("date") @NonNull @Description("Assessment date of the print to correct.") LocalDate date,
            @Name("value") @NonNull @Description("The corrected value, > 0, at most 6 decimals.") BigDecimal value,
            @Name("reason") @NonNull @Description("Why, for the revision history.") String reason)
            throws GraphQLException {
        String actor = guard.requireEditor("correctPrint");
        Commodity commodity = commodity(slug);
        PrintValidation.checkValue(value);
        requireReason(reason);
        PricePoint existing = existing(commodity, date);
        OffsetDateTime now = OffsetDateTime.now(clock);
        BigDecimal before = existing.value;
        Outcome outcome = recorder.correct(existing, value,
                new Provenance(now, actor, "editor", reason));
        if (outcome != Outcome.UNCHANGED) {
            audit.record(actor, "correctPrint", "print", slug + "@" + date,
                    before.toPlainString() + " -> " + value.toPlainString() + ": " + reason, now);
        }
        return new PrintWrite(commodity, existing, outcome);
    }

    @Mutation("retractPrint")
    @Description("Withdraws a print (editor role): it leaves every series and delta, and its values stay as revisions.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull PrintWrite retractPrint(
            @Name("commodity") @NonNull @Description("Commodity slug.") String slug,
            @Name("date") @NonNull @Description("Assessment date of the print to withdraw.") LocalDate date,
            @Name("reason") @NonNull @Description("Why, for the revision history.") String reason)
            throws GraphQLException {
        String actor = guard.requireEditor("retractPrint");
        Commodity commodity = commodity(slug);
        requireReason(reason);
        PricePoint existing = existing(commodity, date);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Outcome outcome = recorder.retract(existing, new Provenance(now, actor, "editor", reason));
        if (outcome != Outcome.UNCHANGED) {
            audit.record(actor, "retractPrint", "print", slug + "@" + date, reason, now);
        }
        return new PrintWrite(commodity, existing, outcome);
    }

    private static Commodity commodity(String slug) throws BadUserInputException {
        return Commodity.findBySlug(slug)
                .orElseThrow(() -> new BadUserInputException("commodity", "no commodity has the slug '" + slug + "'"));
    }

    private PricePoint existing(Commodity commodity, LocalDate date) throws BadUserInputException {
        PricePoint existing = recorder.find(commodity, date);
        if (existing == null) {
            throw new BadUserInputException("date", commodity.slug + " has no print on " + date);
        }
        return existing;
    }

    private static void requireReason(String reason) throws BadUserInputException {
        if (reason.isBlank()) {
            throw new BadUserInputException("reason", "say why, for the revision history");
        }
    }
}
