package dev.assay.price;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.SeriesGate;
import dev.assay.commodity.Commodity;

/**
 * The ticker and the latest prints and deltas of a commodity, all batched: a list of N commodities
 * costs a fixed number of queries, and only series the caller may see are read.
 */
@GraphQLApi
public class PriceGraphQLApi {

    static final String AS_OF = "Assessment date to answer as of: the latest print on or before it (the latest print "
            + "when omitted).";
    static final String KNOWN_AT = "Answer with what was known at this instant: values before later corrections, "
            + "without prints recorded afterwards (now when omitted).";

    @Inject
    PrintTails printTails;

    @Inject
    ReportedFiguresRepository reportedFigures;

    @Inject
    SeriesGate gate;

    @Query("ticker")
    @Description("One entry per index of the ticker (the curated selection, `inTicker`) in display order, "
            + "reproducing the publisher's ticker field for field. Values of series the caller has no access to are "
            + "null, each with a FORBIDDEN error.")
    public @NonNull List<@NonNull TickerEntry> ticker(@Name("asOf") @Description(AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(KNOWN_AT) OffsetDateTime knownAt) {
        List<Commodity> commodities = Commodity.listTicker();
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates(tails), knownAt);
        List<TickerEntry> entries = new ArrayList<>(commodities.size());
        for (Commodity commodity : commodities) {
            entries.add(tails.containsKey(commodity.id)
                    ? Ticker.entry(commodity, tails.get(commodity.id), printed.get(commodity.id))
                    : Ticker.withheld(commodity));
        }
        return entries;
    }

    @Description("The latest print on or before `asOf`.")
    public List<Print> latest(@Source List<Commodity> commodities, @Name("asOf") @Description(AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        return gate.answer(commodities, c -> last(tails.get(c.id), 0));
    }

    @Description("The print before the latest one on or before `asOf`.")
    public List<Print> previous(@Source List<Commodity> commodities, @Name("asOf") @Description(AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        return gate.answer(commodities, c -> last(tails.get(c.id), 1));
    }

    @Description("Changes of the latest print on or before `asOf` against previous, week, month, quarter, six months, "
            + "year-to-date and year-on-year bases, computed on demand at full precision and reconciled with the "
            + "publisher's figures.")
    public List<List<@NonNull Delta>> deltas(@Source List<Commodity> commodities,
            @Name("asOf") @Description(AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates(tails), knownAt);
        return gate.answer(commodities, c -> Ticker.entry(c, tails.get(c.id), printed.get(c.id)).deltas);
    }

    private static Map<Long, LocalDate> latestDates(Map<Long, List<Print>> tails) {
        Map<Long, LocalDate> latest = new HashMap<>();
        tails.forEach((id, tail) -> {
            if (!tail.isEmpty()) {
                latest.put(id, tail.get(tail.size() - 1).date());
            }
        });
        return latest;
    }

    private static Print last(List<Print> prints, int back) {
        return prints == null || prints.size() <= back ? null : prints.get(prints.size() - 1 - back);
    }
}
