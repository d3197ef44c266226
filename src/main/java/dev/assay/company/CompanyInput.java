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

    @Description("Other names the company goes by in articles; they replace the ones it had (null: none).")
    public List<@NonNull String> aliases;

    @Description("What it mainly does; null leaves it as it was.")
    public CompanyKind kind;

    @Description("ISO 3166 alpha-2 code of its country; null leaves it as it was.")
    public String country;

    @Description("Its website, an http or https address; null leaves it as it was.")
    public String website;

    @Description("One line on who it is; null leaves it as it was.")
    public String description;
}
