package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.company.Company;

/** A company found by a search, with the name of it that matched. */
@Description("A company found by a search, with the name or alias of it that matched.")
public class CompanyHit {

    @NonNull
    @Description("The company.")
    public final Company company;

    @NonNull
    @Description("The name or alias that matched.")
    public final String matchedName;

    CompanyHit(Company company, String matchedName) {
        this.company = company;
        this.matchedName = matchedName;
    }
}
