package dev.assay.article;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.access.EditorGuard;
import dev.assay.audit.AuditLog;
import dev.assay.company.Company;
import dev.assay.graphql.BadUserInputException;

/**
 * Editors' hand on the companies an article mentions: link one the text does not name, refuse one it names by
 * mistake, or hand the link back to the text. A choice survives every later recomputation.
 */
@GraphQLApi
public class CompanyLinkMutations {

    @Inject
    EditorGuard guard;

    @Inject
    ArticleLinking linking;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Mutation("linkCompany")
    @Description("Links a company to an article by hand (editor role); the link stays whatever the text says.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article linkCompany(@Name("article") @NonNull @Description("Slug of the article.") String article,
            @Name("company") @NonNull @Description("Slug of the company.") String company) throws GraphQLException {
        return choose("linkCompany", article, company, true);
    }

    @Mutation("unlinkCompany")
    @Description("Removes a company from an article by hand (editor role); the text no longer links them, whatever "
            + "it says.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article unlinkCompany(@Name("article") @NonNull @Description("Slug of the article.") String article,
            @Name("company") @NonNull @Description("Slug of the company.") String company) throws GraphQLException {
        return choose("unlinkCompany", article, company, false);
    }

    @Mutation("resetCompanyLink")
    @Description("Forgets an editor's choice for a company of an article (editor role): the text decides again.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Article resetCompanyLink(@Name("article") @NonNull @Description("Slug of the article.") String article,
            @Name("company") @NonNull @Description("Slug of the company.") String company) throws GraphQLException {
        return choose("resetCompanyLink", article, company, null);
    }

    private Article choose(String action, String articleSlug, String companySlug, Boolean linked) throws GraphQLException {
        String actor = guard.requireEditor(action);
        Article article = Article.findBySlug(articleSlug)
                .orElseThrow(() -> new BadUserInputException("article", "no article has the slug '" + articleSlug + "'"));
        Company company = Company.findBySlug(companySlug)
                .orElseThrow(() -> new BadUserInputException("company", "no company has the slug '" + companySlug + "'"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        linking.choose(article.id, company.id, linked, actor, now);
        audit.record(actor, action, "article", articleSlug, companySlug, now);
        return article;
    }
}
