package dev.assay.price.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.assay.commodity.Commodity;
import dev.assay.price.calc.DeltaBasis;
import dev.assay.price.calc.DeltaComputation;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;
import dev.assay.price.store.ReportedFigures;

/** Builds ticker entries from a commodity's recent prints and the publisher's figures, with no I/O of its own. */
public final class TickerEntries {

    static final int TREND_LENGTH = 12;

    private TickerEntries() {
    }

    /**
     * An entry for a commodity whose caller may see its values.
     *
     * @param tail the recent tail of the series, ascending (may be empty)
     * @param reported what the publisher printed for the latest print's date, or null
     */
    public static TickerEntry entry(Commodity commodity, List<Print> tail, ReportedFigures reported) {
        if (tail.isEmpty()) {
            return new TickerEntry(commodity, true, null, null, null, List.of(), List.of());
        }
        Print latest = tail.get(tail.size() - 1);
        Print previous = tail.size() > 1 ? tail.get(tail.size() - 2) : null;
        ReportedFigures sameDay = reported != null && latest.date().equals(reported.publishedOn) ? reported : null;
        List<Delta> deltas = new ArrayList<>();
        for (DeltaComputation computation : IndexDeltas.standardSet(tail, commodity.updateFrequency.yearToDateBase())) {
            deltas.add(Delta.reconciled(computation, reportedFor(computation.basis(), sameDay)));
        }
        return new TickerEntry(commodity, true, latest.date(), latest.value(), previous == null ? null : previous.value(),
                List.copyOf(deltas), IndexDeltas.trend(tail, TREND_LENGTH));
    }

    /**
     * An entry that shows a protected commodity's metadata and none of its values. It holds no values at
     * all, so that whatever reads it can only ever find nulls.
     */
    public static TickerEntry withheld(Commodity commodity) {
        return new TickerEntry(commodity, false, null, null, null, null, null);
    }

    private static BigDecimal reportedFor(DeltaBasis basis, ReportedFigures figures) {
        if (figures == null) {
            return null;
        }
        return switch (basis) {
            case PREVIOUS -> figures.percentageChange;
            case YEAR_TO_DATE -> figures.yearToDate;
            case YEAR_ON_YEAR -> figures.yearOnYear;
            default -> null;
        };
    }
}
