package dev.assay.price.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.access.PartnerGuard;
import dev.assay.access.SeriesGate;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageSize;
import dev.assay.price.store.PriceRecorder;
import dev.assay.price.store.PriceRevision;

/**
 * The change feed: every new print, correction and retraction in commit order, for partners to sync
 * incrementally. Revision ids are handed out in commit order (see PriceRecorder), so a cursor never skips
 * a change committed after it was read. A cursor is a position in that one order, the same for every caller;
 * each page holds only the changes of the series the caller may see.
 */
@GraphQLApi
public class ChangeFeedGraphQLApi {

    static final String CURSOR_KIND = "change";

    @Inject
    PartnerGuard guard;

    @Inject
    SeriesGate gate;

    @Query("priceChanges")
    @Description("New prints, corrections and retractions after the cursor `since` (from the beginning when "
            + "omitted), oldest first, at most `first` (100 by default, at most 500). For partners and staff; "
            + "protected series appear only to callers holding their tier.")
    public @NonNull PriceChangeConnection priceChanges(
            @Name("since") @Description("Cursor from a previous page's `endCursor`.") String since,
            @Name("first") @Description("Page size.") Integer first) throws GraphQLException {
        guard.requirePartner("priceChanges");
        long after = since == null ? 0 : position(since);
        int size = first == null ? 100 : PageSize.of(first, "first");
        List<PriceRevision> page = PriceRevision.changesAfter(after, gate.visibleIds(), size + 1);
        boolean more = page.size() > size;
        List<PriceChangeEdge> edges = page.stream().limit(size)
                .map(r -> new PriceChangeEdge(Cursor.encode(CURSOR_KIND, Long.toString(r.id)), r)).toList();
        String end = edges.isEmpty() ? since : edges.get(edges.size() - 1).cursor;
        return new PriceChangeConnection(edges, end, more);
    }

    @Query("priceChangesHead")
    @Description("The cursor of the latest change: start a feed from here to receive only changes made from now on. "
            + "For partners and staff.")
    public String priceChangesHead() throws GraphQLException {
        guard.requirePartner("priceChangesHead");
        return Cursor.encode(CURSOR_KIND, Long.toString(PriceRevision.latestId()));
    }

    private static long position(String cursor) throws BadUserInputException {
        try {
            return Long.parseLong(Cursor.decode(CURSOR_KIND, cursor, "since"));
        } catch (NumberFormatException e) {
            throw new BadUserInputException("since", "not a cursor returned by this API for this feed");
        }
    }
}
