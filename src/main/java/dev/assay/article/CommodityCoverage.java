package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;

/** A commodity discussed by articles that mention a company, with how many of them. */
@Description("A commodity discussed by the published articles that mention a company, with how many of them.")
public class CommodityCoverage {

    @NonNull
    @Description("The commodity.")
    public final Commodity commodity;

    @Description("How many published articles mention the company and discuss the commodity.")
    public final int articles;

    CommodityCoverage(Commodity commodity, int articles) {
        this.commodity = commodity;
        this.articles = articles;
    }
}
