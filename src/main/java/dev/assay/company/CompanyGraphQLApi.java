package dev.assay.company;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.EditorGuard;
import dev.assay.article.ArticleConnection;
import dev.assay.article.ArticleSearch;
import dev.assay.audit.AuditLog;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageSize;

/** Companies: look-ups and their articles for everyone, upserts for editors. */
@GraphQLApi
public class CompanyGraphQLApi {

    @Inject
    EditorGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ArticleSearch search;

    @Query("companies")
    @Description("Companies by name.")
    public @NonNull List<@NonNull Company> companies() {
        return Company.list("order by name");
    }

    @Query("company")
    @Description("One company by slug; null when none has it.")
    public Company company(@Name("slug") @NonNull String slug) {
        return Company.findBySlug(slug).orElse(null);
    }

    /*
     * Batched: one call for every company in the response. SmallRye hands a batch the arguments of its first
     * field, so aliases of this field on one company, with different arguments, would get the same page.
     */
    @Description("Published articles that mention the company, newest first, as a cursor connection (at most 500 "
            + "per page); the same order, cursors and access rules as `articles`.")
    public List<@NonNull ArticleConnection> articles(@Source List<Company> companies,
            @Name("first") @Description("Page size, 50 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) throws BadUserInputException {
        Map<Long, ArticleConnection> pages = search.pagesByCompany(companies.stream().map(c -> c.id).distinct().toList(),
                PageSize.of(first, "first"), after);
        return companies.stream().map(c -> pages.get(c.id)).toList();
    }

    @Mutation("upsertCompany")
    @Description("Creates the company with this slug, or replaces its name and aliases (editor role).")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Company upsertCompany(@Name("slug") @NonNull @Description("The company's slug.") String slug,
            @Name("input") @NonNull @Description("Name and aliases.") CompanyInput input) throws GraphQLException {
        String actor = guard.requireEditor("upsertCompany");
        BadUserInputException.requireSlug("slug", slug);
        if (input.name.isBlank()) {
            throw new BadUserInputException("input.name", "must not be blank");
        }
        Company company = Company.findBySlug(slug).orElseGet(Company::new);
        boolean created = company.id == null;
        company.slug = slug;
        company.name = input.name.strip();
        company.aliases = input.aliases == null ? new String[0]
                : input.aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toArray(String[]::new);
        if (created) {
            company.persist();
        }
        audit.record(actor, "upsertCompany", "company", slug, (created ? "created " : "updated ") + company.name,
                OffsetDateTime.now(clock));
        return company;
    }
}
