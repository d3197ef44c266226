package dev.assay.price.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.price.calc.Print;

/** A print in a page of history, with its cursor. */
@Description("A print in a page of history, with the cursor to continue from it.")
public class PrintEdge {

    @NonNull
    @Description("Opaque cursor of this print; pass it as `after` or `before`.")
    public final String cursor;

    @NonNull
    @Description("The print.")
    public final PrintOutput node;

    PrintEdge(String cursor, Print node) {
        this.cursor = cursor;
        this.node = PrintOutput.of(node);
    }
}
