package dev.assay.price;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.access.CallerEntitlements;
import dev.assay.access.Entitlements;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageSize;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The change feed: every new print, correction and retraction in commit order, for partners to sync
 * incrementally. Revision ids are handed out in commit order (see PriceRecorder), so a cursor never skips
 * a change committed after it was read; only series the caller may see are included.
 */
@GraphQLApi
public class ChangeFeedGraphQLApi {

    static final String CURSOR_KIND = "change";

    @Inject
    CallerEntitlements caller;

    @Query("priceChanges")
    @Description("New prints, corrections and retractions after the cursor `since` (from the beginning when "
            + "omitted), oldest first, at most `first` (100 by default, at most 500). Protected series appear only "
            + "to callers holding their tier.")
    public @NonNull PriceChangeConnection priceChanges(
            @Name("since") @Description("Cursor from a previous page's `endCursor`.") String since,
            @Name("first") @Description("Page size.") Integer first) throws BadUserInputException {
        long after = since == null ? 0 : position(since);
        int size = first == null ? 100 : PageSize.of(first, "first");
        Entitlements who = caller.get();
        String visibility = who.isStaff() ? ""
                : who.isSubscriber() && !who.tiers().isEmpty()
                        ? " and (c.subscriptionTier is null or c.subscriptionTier in ?2)"
                        : " and c.subscriptionTier is null";
        String query = "select r from PriceRevision r join fetch r.pricePoint p join fetch p.commodity c "
                + "where r.id > ?1" + visibility + " order by r.id";
        PanacheQuery<PriceRevision> changes = visibility.contains("?2") ? PriceRevision.find(query, after, who.tiers())
                : PriceRevision.find(query, after);
        List<PriceRevision> page = changes.page(0, size + 1).list();
        boolean more = page.size() > size;
        List<PriceChangeEdge> edges = page.stream().limit(size)
                .map(r -> new PriceChangeEdge(Cursor.encode(CURSOR_KIND, Long.toString(r.id)), r)).toList();
        String end = edges.isEmpty() ? since : edges.get(edges.size() - 1).cursor;
        return new PriceChangeConnection(edges, end, more);
    }

    @Query("priceChangesHead")
    @Description("The cursor of the latest change: start a feed from here to receive only changes made from now on.")
    public String priceChangesHead() {
        Long last = PriceRevision.getEntityManager().createQuery("select max(r.id) from PriceRevision r", Long.class)
                .getSingleResult();
        return Cursor.encode(CURSOR_KIND, Long.toString(last == null ? 0 : last));
    }

    private static long position(String cursor) throws BadUserInputException {
        try {
            return Long.parseLong(Cursor.decode(CURSOR_KIND, cursor, "since"));
        } catch (NumberFormatException e) {
            throw new BadUserInputException("since", "not a cursor returned by this API for this feed");
        }
    }
}
