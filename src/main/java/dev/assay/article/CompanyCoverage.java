package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.company.Company;

/** A company named in articles about a commodity, with how many of them. */
@Description("A company named in the published articles about a commodity, with how many of them name it.")
public class CompanyCoverage {

    @NonNull
    @Description("The company.")
    public final Company company;

    @Description("How many published articles discuss the commodity and mention the company.")
    public final int articles;

    CompanyCoverage(Company company, int articles) {
        this.company = company;
        this.articles = articles;
    }
}
