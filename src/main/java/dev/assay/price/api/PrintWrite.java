package dev.assay.price.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;
import dev.assay.price.store.PricePoint;
import dev.assay.price.store.PriceRecorder;

/** What an editorial write did to a print. */
@Description("What an editorial write did to a print.")
public class PrintWrite {

    @NonNull
    @Description("The commodity written to.")
    public final Commodity commodity;

    @NonNull
    @Description("The print as it now stands.")
    public final PricePoint print;

    @NonNull
    @Description("What the write did.")
    public final PriceRecorder.Outcome outcome;

    PrintWrite(Commodity commodity, PricePoint print, PriceRecorder.Outcome outcome) {
        this.commodity = commodity;
        this.print = print;
        this.outcome = outcome;
    }
}
