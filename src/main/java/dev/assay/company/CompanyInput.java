package dev.assay.company;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A company as an editor writes it. */
@Description("A company as an editor writes it.")
@Input("CompanyInput")
public class CompanyInput {

    @NonNull
    @Description("Display name.")
    public String name;

    @Description("Other names the company is known by.")
    public List<@NonNull String> aliases;
}
