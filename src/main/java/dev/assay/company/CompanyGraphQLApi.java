package dev.assay.company;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.access.EditorGuard;
import dev.assay.audit.AuditLog;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageSize;

/** Companies: the directory and one company by slug; upserts for editors. */
@GraphQLApi
public class CompanyGraphQLApi {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    EditorGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CompanyDirectory directory;

    @Inject
    Event<CompanyNamesChanged> namesChanged;

    @Query("companies")
    @Description("Companies by name, as a cursor connection (at most 500 per page); `search` finds them by any of "
            + "their names, forgiving case, accents and punctuation, best matches first.")
    public @NonNull CompanyConnection companies(
            @Name("search") @Description("Words of a name or alias; a prefix is enough.") String search,
            @Name("kind") @Description("Only companies of this kind.") CompanyKind kind,
            @Name("country") @Description("Only companies of this country (ISO 3166 alpha-2, e.g. `CN`).") String country,
            @Name("first") @Description("Page size, 50 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) throws BadUserInputException {
        return directory.page(search, kind, country, PageSize.of(first, "first"), after);
    }

    @Query("company")
    @Description("One company by slug; null when none has it.")
    public Company company(@Name("slug") @NonNull String slug) {
        return Company.findBySlug(slug).orElse(null);
    }

    @Mutation("upsertCompany")
    @Description("Creates the company with this slug, or replaces its name and aliases, and its kind, country, "
            + "website and description where given (editor role). The articles' mentions of it are then recomputed.")
    @Transactional(rollbackOn = Exception.class)
    public @NonNull Company upsertCompany(@Name("slug") @NonNull @Description("The company's slug.") String slug,
            @Name("input") @NonNull @Description("Name, aliases and what is known of it.") CompanyInput input)
            throws GraphQLException {
        String actor = guard.requireEditor("upsertCompany");
        BadUserInputException.requireSlug("slug", slug);
        if (input.name.isBlank()) {
            throw new BadUserInputException("input.name", "must not be blank");
        }
        String country = input.country == null ? null : input.country.strip().toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRIES.contains(country)) {
            throw new BadUserInputException("input.country", "'" + input.country + "' is not an ISO 3166 alpha-2 code");
        }
        if (input.website != null && !input.website.matches("https?://\\S+")) {
            throw new BadUserInputException("input.website", "must be an http or https address");
        }
        Company company = Company.findBySlug(slug).orElseGet(Company::new);
        boolean created = company.id == null;
        List<String> namesBefore = created ? List.of() : company.names();
        company.slug = slug;
        company.name = input.name.strip();
        company.aliases = input.aliases == null ? new String[0]
                : input.aliases.stream().map(String::strip).filter(a -> !a.isEmpty() && !a.equals(company.name))
                        .distinct().toArray(String[]::new);
        if (input.kind != null) {
            company.kind = input.kind;
        }
        if (country != null) {
            company.country = country;
        }
        if (input.website != null) {
            company.website = input.website;
        }
        if (input.description != null) {
            company.description = input.description.strip();
        }
        if (created) {
            company.persist();
        }
        if (!namesBefore.equals(company.names())) {
            Company.getEntityManager().flush();
            List<String> names = new java.util.ArrayList<>(company.names());
            names.addAll(namesBefore);
            namesChanged.fire(new CompanyNamesChanged(company.id, names.stream().distinct().toList()));
        }
        audit.record(actor, "upsertCompany", "company", slug, (created ? "created " : "updated ") + company.name
                + (company.aliases.length == 0 ? "" : " (" + String.join(", ", Arrays.asList(company.aliases)) + ")"),
                OffsetDateTime.now(clock));
        return company;
    }


}
