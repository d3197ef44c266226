package dev.assay.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.company.Company;

/** A company an article mentions: how often, where first, and whether an editor linked it. */
@Description("A company an article mentions: how often, the first sentence that does, and whether an editor linked it.")
public class CompanyMention {

    @NonNull
    @Description("The company.")
    public final Company company;

    @Description("How many times the title, excerpt and body name the company; 0 for a link an editor made.")
    public final int mentions;

    @Description("The first sentence that names the company; null when none does, or when it is in a body the "
            + "caller may not read.")
    public final String snippet;

    @Description("Whether an editor linked the company by hand; such a link stays whatever the text says.")
    public final boolean setByEditor;

    CompanyMention(Company company, int mentions, String snippet, boolean setByEditor) {
        this.company = company;
        this.mentions = mentions;
        this.snippet = snippet;
        this.setByEditor = setByEditor;
    }
}
