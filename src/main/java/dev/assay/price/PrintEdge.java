package dev.assay.price;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A print in a page of history, with its cursor. */
@Description("A print in a page of history, with the cursor to continue from it.")
public class PrintEdge {

    @NonNull
    @Description("Opaque cursor of this print; pass it as `after` or `before`.")
    public final String cursor;

    @NonNull
    @Description("The print.")
    public final Print node;

    PrintEdge(String cursor, Print node) {
        this.cursor = cursor;
        this.node = node;
    }
}
