package dev.assay.price.api;

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
import dev.assay.price.calc.Print;
import dev.assay.price.store.PrintTails;
import dev.assay.price.store.ReportedFigures;
import dev.assay.price.store.ReportedFiguresRepository;

/**
 * The ticker and the latest prints and deltas of a commodity, all batched: a list of N commodities
 * costs a fixed number of queries, and only series the caller may see are read.
 */
@GraphQLApi
public class PriceGraphQLApi {

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
    public @NonNull List<@NonNull TickerEntry> ticker(@Name("asOf") @Description(PriceArguments.AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) {
        List<Commodity> commodities = Commodity.listTicker();
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates(tails), knownAt);
        List<TickerEntry> entries = new ArrayList<>(commodities.size());
        for (Commodity commodity : commodities) {
            entries.add(tails.containsKey(commodity.id)
                    ? TickerEntries.entry(commodity, tails.get(commodity.id), printed.get(commodity.id))
                    : TickerEntries.withheld(commodity));
        }
        return entries;
    }

    @Description("The latest print on or before `asOf`.")
    public List<PrintOutput> latest(@Source List<Commodity> commodities, @Name("asOf") @Description(PriceArguments.AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        return gate.answer(commodities, c -> PrintOutput.of(last(tails.get(c.id), 0)));
    }

    @Description("The print before the latest one on or before `asOf`.")
    public List<PrintOutput> previous(@Source List<Commodity> commodities, @Name("asOf") @Description(PriceArguments.AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        return gate.answer(commodities, c -> PrintOutput.of(last(tails.get(c.id), 1)));
    }

    @Description("Changes of the latest print on or before `asOf` against previous, week, month, quarter, six months, "
            + "year-to-date and year-on-year bases, computed on demand at full precision and reconciled with the "
            + "publisher's figures.")
    public List<List<@NonNull Delta>> deltas(@Source List<Commodity> commodities,
            @Name("asOf") @Description(PriceArguments.AS_OF) LocalDate asOf,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) {
        Map<Long, List<Print>> tails = printTails.of(gate.visibleIds(commodities), asOf, knownAt);
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates(tails), knownAt);
        return gate.answer(commodities, c -> TickerEntries.entry(c, tails.get(c.id), printed.get(c.id)).deltas);
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
