package dev.assay.company.facts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.company.Company;

/** A relation of a company to another, as the first sees it, with the article sentence that states it. */
@Description("A relation of this company to another, with the article sentence that states it.")
public class CompanyRelation {

    @NonNull
    @Description("What the relation is, from this company's side.")
    public final RelationKind kind;

    @NonNull
    @Description("The other company.")
    public final Company company;

    @NonNull
    @Description("What the relation is about.")
    public final String description;

    @NonNull
    @Description("The article and sentence that state it.")
    public final SourceSentence source;

    CompanyRelation(RelationKind kind, Company company, String description, SourceSentence source) {
        this.kind = kind;
        this.company = company;
        this.description = description;
        this.source = source;
    }
}
