package dev.assay.price;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageInfo;

/** A commodity's full history as a cursor connection, batched over a list of commodities. */
@GraphQLApi
public class HistoryGraphQLApi {

    @Inject
    PriceRepository prices;

    @Description("Every print between `from` and `to` (inclusive, both optional), oldest first, as a cursor "
            + "connection: page forwards with `first`/`after` or backwards with `last`/`before`; at most 500 per page.")
    public List<@NonNull PriceHistoryConnection> history(@Source List<Commodity> commodities,
            @Name("from") @Description("First assessment date, inclusive.") LocalDate from,
            @Name("to") @Description("Last assessment date, inclusive.") LocalDate to,
            @Name("first") @Description("Page size from the start (50 by default, at most 500).") Integer first,
            @Name("after") @Description("Continue after this cursor.") String after,
            @Name("last") @Description("Page size from the end (at most 500).") Integer last,
            @Name("before") @Description("Continue before this cursor.") String before) throws BadUserInputException {
        HistoryRequest request = HistoryRequest.of(from, to, first, after, last, before);
        List<Long> ids = PriceGraphQLApi.ids(commodities);
        Map<Long, List<Print>> pages = prices.page(ids, request.lowerExclusive(), request.upperExclusive(),
                request.size() + 1, request.fromEnd());
        Map<Long, Integer> totals = prices.count(ids, request.from(), request.to());
        List<PriceHistoryConnection> connections = new ArrayList<>(commodities.size());
        for (Commodity commodity : commodities) {
            connections.add(connection(request, pages.get(commodity.id), totals.get(commodity.id), after, before));
        }
        return connections;
    }

    private static PriceHistoryConnection connection(HistoryRequest request, List<Print> fetched, int total,
            String after, String before) {
        boolean more = fetched.size() > request.size();
        List<Print> page = !more ? fetched
                : request.fromEnd() ? fetched.subList(1, fetched.size()) : fetched.subList(0, request.size());
        List<PrintEdge> edges = page.stream().map(p -> new PrintEdge(HistoryRequest.cursorOf(p), p)).toList();
        boolean hasNext = request.fromEnd() ? before != null : more;
        boolean hasPrevious = request.fromEnd() ? more : after != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new PriceHistoryConnection(edges, info, total);
    }
}
