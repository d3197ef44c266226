package dev.assay.price;

import java.time.LocalDate;
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

import dev.assay.commodity.Commodity;

/** The ticker and the price fields of a commodity, all batched: a list of N commodities costs a fixed number of queries. */
@GraphQLApi
public class PriceGraphQLApi {

    @Inject
    PriceRepository prices;

    @Inject
    ReportedFiguresRepository reportedFigures;

    @Query("ticker")
    @Description("One entry per commodity in display order, as of a date (the latest print on or before it; "
            + "today when omitted), reproducing the publisher's ticker field for field.")
    public @NonNull List<@NonNull TickerEntry> ticker(
            @Name("asOf") @Description("Assessment date to answer as of; defaults to the latest print.") LocalDate asOf) {
        List<Commodity> commodities = Commodity.listInDisplayOrder();
        Map<Long, List<Print>> tails = prices.recentTails(ids(commodities), asOf);
        Map<Long, LocalDate> latestDates = new HashMap<>();
        tails.forEach((id, tail) -> {
            if (!tail.isEmpty()) {
                latestDates.put(id, tail.get(tail.size() - 1).date());
            }
        });
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates);
        List<TickerEntry> entries = new ArrayList<>(commodities.size());
        for (Commodity commodity : commodities) {
            entries.add(Ticker.entry(commodity, tails.get(commodity.id), printed.get(commodity.id)));
        }
        return entries;
    }

    @Description("The latest print on or before `asOf` (the latest print when omitted).")
    public List<Print> latest(@Source List<Commodity> commodities, @Name("asOf") LocalDate asOf) {
        Map<Long, List<Print>> tails = prices.recentTails(ids(commodities), asOf);
        return commodities.stream().map(c -> last(tails.get(c.id), 0)).toList();
    }

    @Description("The print before the latest one on or before `asOf`.")
    public List<Print> previous(@Source List<Commodity> commodities, @Name("asOf") LocalDate asOf) {
        Map<Long, List<Print>> tails = prices.recentTails(ids(commodities), asOf);
        return commodities.stream().map(c -> last(tails.get(c.id), 1)).toList();
    }

    @Description("Changes of the latest print on or before `asOf` against previous, week, month, quarter, six months, "
            + "year-to-date and year-on-year bases, computed on demand at full precision and reconciled with the "
            + "publisher's figures.")
    public List<List<Delta>> deltas(@Source List<Commodity> commodities, @Name("asOf") LocalDate asOf) {
        Map<Long, List<Print>> tails = prices.recentTails(ids(commodities), asOf);
        Map<Long, LocalDate> latestDates = new HashMap<>();
        tails.forEach((id, tail) -> {
            if (!tail.isEmpty()) {
                latestDates.put(id, tail.get(tail.size() - 1).date());
            }
        });
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates);
        return commodities.stream()
                .map(c -> Ticker.entry(c, tails.get(c.id), printed.get(c.id)).deltas)
                .toList();
    }

    static List<Long> ids(List<Commodity> commodities) {
        return commodities.stream().map(c -> c.id).toList();
    }

    private static Print last(List<Print> prints, int back) {
        return prints == null || prints.size() <= back ? null : prints.get(prints.size() - 1 - back);
    }
}
