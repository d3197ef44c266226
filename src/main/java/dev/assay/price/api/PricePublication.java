package dev.assay.price.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRecorder;

/** A print pushed to live subscribers, with the commodity's deltas recomputed after it. */
@Description("A print just recorded, corrected or retracted, with the commodity's deltas recomputed after it.")
public class PricePublication {

    @NonNull
    @Description("The commodity.")
    public final Commodity commodity;

    @NonNull
    @Description("The print as recorded (for a retraction: its last value).")
    public final PrintOutput print;

    @NonNull
    @Description("What happened to the print.")
    public final PriceRecorder.Outcome outcome;

    @NonNull
    @Description("When it was committed.")
    public final OffsetDateTime recordedAt;

    @NonNull
    @Description("The commodity's standard deltas as of its latest print, after this change.")
    public final List<@NonNull Delta> deltas;

    PricePublication(Commodity commodity, Print print, PriceRecorder.Outcome outcome, OffsetDateTime recordedAt,
            List<Delta> deltas) {
        this.commodity = commodity;
        this.print = PrintOutput.of(print);
        this.outcome = outcome;
        this.recordedAt = recordedAt;
        this.deltas = deltas;
    }
}
