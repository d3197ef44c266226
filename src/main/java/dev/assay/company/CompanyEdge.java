package dev.assay.company;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A company in a page of companies, with its cursor and, in a search, the name that matched. */
@Description("A company in a page of companies, with the cursor to continue from it.")
public class CompanyEdge {

    @NonNull
    @Description("Opaque cursor; pass it as `after`.")
    public final String cursor;

    @NonNull
    @Description("The company.")
    public final Company node;

    @Description("In a search, the name or alias that matched; null otherwise.")
    public final String matchedName;

    CompanyEdge(String cursor, Company node, String matchedName) {
        this.cursor = cursor;
        this.node = node;
        this.matchedName = matchedName;
    }
}
