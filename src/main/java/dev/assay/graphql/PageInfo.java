package dev.assay.graphql;

import org.eclipse.microprofile.graphql.Description;

/** Relay page information of a connection. */
@Description("Where a page sits in its list (Relay cursor connections).")
public class PageInfo {

    @Description("Whether items follow this page.")
    public final boolean hasNextPage;

    @Description("Whether items precede this page.")
    public final boolean hasPreviousPage;

    @Description("Cursor of the first item of the page.")
    public final String startCursor;

    @Description("Cursor of the last item of the page.")
    public final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
