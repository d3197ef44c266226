package dev.assay.price.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.SeriesGate;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageInfo;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRepository;

/** A commodity's full history as a cursor connection, batched over a list of commodities. */
@GraphQLApi
public class HistoryGraphQLApi {

    @Inject
    PriceRepository prices;

    @Inject
    SeriesGate gate;

    @Description("Every print between `from` and `to` (inclusive, both optional), oldest first, as a cursor "
            + "connection: page forwards with `first`/`after` or backwards with `last`/`before`; at most 500 per page.")
    public List<PriceHistoryConnection> history(@Source List<Commodity> commodities,
            @Name("from") @Description("First assessment date, inclusive.") LocalDate from,
            @Name("to") @Description("Last assessment date, inclusive.") LocalDate to,
            @Name("first") @Description("Page size from the start (50 by default, at most 500).") Integer first,
            @Name("after") @Description("Continue after this cursor.") String after,
            @Name("last") @Description("Page size from the end (at most 500).") Integer last,
            @Name("before") @Description("Continue before this cursor.") String before,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) throws BadUserInputException {
        HistoryRequest request = HistoryRequest.of(from, to, first, after, last, before);
        List<Long> ids = gate.visibleIds(request.pagedAmong(commodities));
        Map<Long, List<Print>> pages;
        Map<Long, Integer> totals = new HashMap<>();
        if (knownAt == null) {
            pages = prices.page(ids, request.lowerExclusive(), request.upperExclusive(), request.size() + 1,
                    request.fromEnd());
            totals = prices.count(ids, request.from(), request.to());
        } else {
            pages = new HashMap<>();
            for (Map.Entry<Long, List<Print>> known : prices.knownAt(ids, request.to(), knownAt).entrySet()) {
                List<Print> inRange = known.getValue().stream()
                        .filter(p -> !p.date().isBefore(request.from())).toList();
                totals.put(known.getKey(), inRange.size());
                pages.put(known.getKey(), request.slice(inRange));
            }
        }
        Map<Long, Integer> counts = totals;
        return request.refuseForeignCursor(commodities, gate.answer(commodities,
                c -> pages.containsKey(c.id) ? connection(request, c, pages.get(c.id), counts.get(c.id), after, before)
                        : null));
    }

    private static PriceHistoryConnection connection(HistoryRequest request, Commodity commodity, List<Print> fetched,
            int total, String after, String before) {
        boolean more = fetched.size() > request.size();
        List<Print> page = !more ? fetched
                : request.fromEnd() ? fetched.subList(1, fetched.size()) : fetched.subList(0, request.size());
        List<PrintEdge> edges = page.stream().map(p -> new PrintEdge(HistoryRequest.cursorOf(commodity, p), p)).toList();
        boolean hasNext = request.fromEnd() ? before != null : more;
        boolean hasPrevious = request.fromEnd() ? more : after != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new PriceHistoryConnection(edges, info, total);
    }
}
